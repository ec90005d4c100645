package org.opencounter.compliance.casework;

import org.opencounter.platform.ChangeApproval;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Four eyes on filing (双人复核): a second compliance officer approves a case's report; approved, the report is
 * generated and the case is reported; rejected, the case goes back to investigation.
 */
@Component
class ReportFiling extends ChangeApproval<ReportFiling.Payload> {

    static final String TYPE = "compliance.aml-report-filing";

    /** The case whose report is to be filed. */
    public record Payload(long caseId) {
    }

    private final CaseReports reports;

    ReportFiling(CaseReports reports) {
        super(TYPE, Payload.class, Role.COMPLIANCE_OFFICER);
        this.reports = reports;
    }

    @Override
    protected void apply(Payload payload, String decidedBy) {
        reports.file(payload.caseId(), decidedBy);
    }

    @Override
    protected void reject(Payload payload, String decidedBy) {
        reports.filingRejected(payload.caseId(), decidedBy);
    }
}
