package org.opencounter.compliance.casework;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.compliance.aml.AlertNotFound;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.ApprovalSubmission;
import org.opencounter.platform.Approvals;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StoredFile;
import org.opencounter.platform.StoredFiles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * AML cases (反洗钱案件): opened from an alert, with the client's later alerts joining the case under way; notes and
 * attachments as the investigation goes; dismissed with the reason, or reported once a second compliance officer
 * approves the filing. A suspicious-transaction report is due 5 working days after the suspicion is confirmed (the
 * filing asked for), a large-value report 5 working days after the transaction.
 */
@Service
@Transactional
public class AmlCases {

    static final String ENTITY = "AmlCase";
    /** Working days to file a suspicious-transaction report once the firm confirms the suspicion (2018 amendment). */
    static final int SUSPICIOUS_REPORT_DAYS = 5;
    private static final int MAX_NOTE = 2000;
    private static final String SELECT = """
            select k.*, c.name as client_name,
                   (select count(*) from compliance_case_alert a where a.case_id = k.id) as alerts
            from compliance_case k join clients_client c on c.id = k.client_id""";

    /** What the list narrows to; null fields do not narrow. */
    public record Filter(CaseStatus status, boolean overdueOnly) {
    }

    /** A note to add, with an optional attachment. */
    public record Note(String body, String fileName, byte[] content, String requestKey) {
    }

    private final JdbcClient jdbc;
    private final StoredFiles files;
    private final Approvals approvals;
    private final TradingCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    AmlCases(JdbcClient jdbc, StoredFiles files, Approvals approvals, TradingCalendar calendar, AuditTrail audit,
             Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.approvals = approvals;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a case for the alert's client, or adds the alert to the client's case under way; answers the case. An
     * alert already in a case answers that case.
     *
     * @throws CaseRefused when the alert was dismissed, or is a shadow rule's
     */
    public long openFor(long alertId) {
        record Alert(long clientId, long branchId, String status, boolean shadow, LocalDate due) {
        }
        Alert alert = jdbc.sql("""
                        select client_id, branch_id, status, shadow, due_date from compliance_alert where id = ?
                        for update""")
                .param(alertId).query((row, n) -> new Alert(row.getLong(1), row.getLong(2), row.getString(3),
                        row.getBoolean(4), row.getDate(5) == null ? null : row.getDate(5).toLocalDate()))
                .optional().orElseThrow(() -> new AlertNotFound(alertId));
        Optional<Long> earlier = caseOf(alertId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (alert.shadow() || !"OPEN".equals(alert.status())) {
            throw new CaseRefused(null, "compliance.case.alertNotOpen");
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext('compliance_case'), ?)").param((int) alert.clientId())
                .query().singleRow();
        String by = CurrentStaff.require().username();
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Long> underWay = jdbc.sql("""
                        select id from compliance_case where client_id = ? and status in ('INVESTIGATING', 'FILING')""")
                .param(alert.clientId()).query(Long.class).optional();
        long caseId;
        if (underWay.isPresent()) {
            caseId = underWay.get();
            jdbc.sql("update compliance_case set due_date = least(due_date, ?) where id = ?")
                    .params(alert.due() == null ? null : Date.valueOf(alert.due()), caseId).update();
            audit.record(AuditRecord.change("compliance.case.merge", ENTITY, caseId, null, Map.of("alert", alertId)));
        } else {
            long number = jdbc.sql("select nextval('compliance_case_number')").query(Long.class).single();
            String reference = "AML-" + Year.now(clock.withZone(TradingCalendar.SHANGHAI)) + "-"
                    + String.format("%05d", number);
            caseId = jdbc.sql("""
                            insert into compliance_case (reference, client_id, branch_id, status, due_date, opened_by,
                                opened_at)
                            values (?, ?, ?, 'INVESTIGATING', ?, ?, ?) returning id""")
                    .params(reference, alert.clientId(), alert.branchId(),
                            alert.due() == null ? null : Date.valueOf(alert.due()), by, now)
                    .query(Long.class).single();
            audit.record(AuditRecord.change("compliance.case.open", ENTITY, caseId, null,
                    Map.of("reference", reference, "alert", alertId)));
        }
        jdbc.sql("insert into compliance_case_alert (alert_id, case_id, added_by, added_at) values (?, ?, ?, ?)")
                .params(alertId, caseId, by, now).update();
        jdbc.sql("update compliance_alert set status = 'IN_CASE' where id = ?").param(alertId).update();
        return caseId;
    }

    /**
     * Adds an investigation note, with its attachment if one came; the same request key twice adds one note.
     *
     * @throws CaseRefused without a text, or with one too long
     * @throws org.opencounter.platform.FileRefused when the attachment is not a file the store keeps
     */
    public long note(long caseId, Note note) {
        Optional<Long> earlier = jdbc.sql("select id from compliance_case_note where request_key = ?")
                .param(note.requestKey()).query(Long.class).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        find(caseId);
        if (note.body() == null || note.body().isBlank()) {
            throw new CaseRefused("body", "compliance.case.noteRequired");
        }
        if (note.body().strip().length() > MAX_NOTE) {
            throw new CaseRefused("body", "compliance.case.noteTooLong", MAX_NOTE);
        }
        String by = CurrentStaff.require().username();
        Long fileId = note.content() == null || note.content().length == 0 ? null
                : files.store(note.fileName(), note.content(), by).id();
        long id = jdbc.sql("""
                        insert into compliance_case_note (case_id, body, file_id, request_key, written_by, written_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, note.body().strip(), fileId, note.requestKey(), by, Timestamp.from(clock.instant()))
                .query(Long.class).single();
        audit.record(AuditRecord.change("compliance.case.note", ENTITY, caseId, null,
                fileId == null ? Map.of("note", id) : Map.of("note", id, "file", fileId)));
        return id;
    }

    /**
     * Closes the case under investigation as not suspicious, with the reason; its alerts are dismissed with it.
     *
     * @throws CaseRefused without a reason, or once a filing is asked for or the case is closed
     */
    public void dismiss(long caseId, String reason) {
        AmlCase found = locked(caseId);
        if (found.status() != CaseStatus.INVESTIGATING) {
            throw new CaseRefused(null, "compliance.case.notInvestigating");
        }
        if (reason == null || reason.isBlank()) {
            throw new CaseRefused("closingReason", "compliance.case.reasonRequired");
        }
        String by = CurrentStaff.require().username();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        update compliance_case set status = 'DISMISSED', closing_reason = ?, closed_by = ?,
                            closed_at = ? where id = ?""")
                .params(reason.strip(), by, now, caseId).update();
        jdbc.sql("""
                        update compliance_alert set status = 'DISMISSED', decided_by = ?, decided_at = ?,
                            decision_note = ?
                        where id in (select alert_id from compliance_case_alert where case_id = ?)""")
                .params(by, now, found.reference() + ": " + reason.strip(), caseId).update();
        audit.record(AuditRecord.change("compliance.case.dismiss", ENTITY, caseId, Map.of("status", found.status()),
                Map.of("status", CaseStatus.DISMISSED, "reason", reason.strip())));
    }

    /**
     * Confirms the suspicion (or the large-value transactions) and asks a second compliance officer to approve the
     * report's filing; a suspicious-transaction report is then due within 5 working days.
     *
     * @throws CaseRefused without a reason, for a large-value report without large-value alerts, or unless the case
     *                     is under investigation
     */
    public long requestFiling(long caseId, ReportKind kind, String reason) {
        AmlCase found = locked(caseId);
        if (found.status() != CaseStatus.INVESTIGATING) {
            throw new CaseRefused(null, "compliance.case.notInvestigating");
        }
        if (kind == null) {
            throw new CaseRefused("reportKind", "compliance.case.kindRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw new CaseRefused("filingReason", "compliance.case.reasonRequired");
        }
        if (kind == ReportKind.LARGE_VALUE && !jdbc.sql("""
                        select exists (select 1 from compliance_case_alert ca
                                       join compliance_alert a on a.id = ca.alert_id
                                       where ca.case_id = ? and a.rule = 'LARGE_VALUE')""")
                .param(caseId).query(Boolean.class).single()) {
            throw new CaseRefused("reportKind", "compliance.case.noLargeValue");
        }
        LocalDate due = kind == ReportKind.SUSPICIOUS
                ? calendar.plusTradingDays(calendar.today(), SUSPICIOUS_REPORT_DAYS) : found.dueDate();
        if (found.dueDate() != null && due != null && found.dueDate().isBefore(due)) {
            due = found.dueDate();
        }
        long approvalId = approvals.submit(new ApprovalSubmission(ReportFiling.TYPE,
                found.reference() + " " + found.clientName(), new ReportFiling.Payload(caseId), reason.strip(), null,
                "/compliance/cases/" + caseId));
        String by = CurrentStaff.require().username();
        jdbc.sql("""
                        update compliance_case set status = 'FILING', report_kind = ?, filing_reason = ?,
                            filing_requested_by = ?, filing_requested_at = ?, approval_id = ?, due_date = ?
                        where id = ?""")
                .params(kind.name(), reason.strip(), by, Timestamp.from(clock.instant()), approvalId,
                        due == null ? null : Date.valueOf(due), caseId).update();
        audit.record(AuditRecord.change("compliance.case.request-filing", ENTITY, caseId,
                Map.of("status", found.status()), Map.of("status", CaseStatus.FILING, "kind", kind, "approval",
                        approvalId)));
        return approvalId;
    }

    /**
     * Records that the report went to the monitoring centre, with its receipt number; once.
     *
     * @throws CaseRefused without a receipt, or before the report is filed
     */
    public void submitted(long caseId, String receipt) {
        AmlCase found = find(caseId);
        if (receipt == null || receipt.isBlank()) {
            throw new CaseRefused("receipt", "compliance.case.receiptRequired");
        }
        int changed = jdbc.sql("""
                        update compliance_report set submitted_by = ?, submitted_at = ?, receipt = ?
                        where case_id = ? and submitted_at is null""")
                .params(CurrentStaff.require().username(), Timestamp.from(clock.instant()), receipt.strip(), caseId)
                .update();
        if (changed == 0 && report(caseId).isEmpty()) {
            throw new CaseRefused(null, "compliance.case.noReport");
        }
        if (changed == 1) {
            audit.record(AuditRecord.change("compliance.case.submitted", ENTITY, caseId, null,
                    Map.of("reference", found.reference(), "receipt", receipt.strip())));
        }
    }

    @Transactional(readOnly = true)
    public Page<AmlCase> page(Filter filter, Pageable page) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (filter.status() != null) {
            where.append(" and k.status = ?");
            params.add(filter.status().name());
        }
        if (filter.overdueOnly()) {
            where.append(" and k.status in ('INVESTIGATING', 'FILING') and k.due_date < ?");
            params.add(Date.valueOf(calendar.today()));
        }
        long total = jdbc.sql("select count(*) from compliance_case k" + where).params(params).query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        List<AmlCase> rows = jdbc.sql(SELECT + where + " order by k.id desc limit ? offset ?").params(pageParams)
                .query(AmlCases::of).list();
        return new PageImpl<>(rows, page, total);
    }

    /** The case, its opening recorded in the audit trail. */
    public AmlCase open(long caseId) {
        AmlCase found = find(caseId);
        audit.record(AuditRecord.view("compliance.case.view", ENTITY, caseId));
        return found;
    }

    @Transactional(readOnly = true)
    public AmlCase find(long caseId) {
        return jdbc.sql(SELECT + " where k.id = ?").param(caseId).query(AmlCases::of).optional()
                .orElseThrow(() -> new CaseNotFound(caseId));
    }

    /** The case the alert is in, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> caseOf(long alertId) {
        return jdbc.sql("select case_id from compliance_case_alert where alert_id = ?").param(alertId)
                .query(Long.class).optional();
    }

    /** The ids of the case's alerts, oldest first. */
    @Transactional(readOnly = true)
    public List<Long> alertIds(long caseId) {
        return jdbc.sql("select alert_id from compliance_case_alert where case_id = ? order by alert_id")
                .param(caseId).query(Long.class).list();
    }

    @Transactional(readOnly = true)
    public List<CaseNote> notes(long caseId) {
        return jdbc.sql("""
                        select n.id, n.body, n.written_by, n.written_at, n.file_id from compliance_case_note n
                        where n.case_id = ? order by n.id""")
                .param(caseId).query((row, n) -> {
                    long fileId = row.getLong("file_id");
                    StoredFile file = row.wasNull() ? null : files.find(fileId);
                    return new CaseNote(row.getLong("id"), row.getString("body"), file, row.getString("written_by"),
                            row.getTimestamp("written_at").toInstant());
                }).list();
    }

    /** The note's attachment, if the note belongs to the case and has one. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> attachment(long caseId, long noteId) {
        return jdbc.sql("select file_id from compliance_case_note where id = ? and case_id = ? and file_id is not null")
                .params(noteId, caseId).query(Long.class).optional().map(files::find);
    }

    @Transactional(readOnly = true)
    public byte[] content(StoredFile file) {
        return files.content(file.id());
    }

    @Transactional(readOnly = true)
    public Optional<FiledReport> report(long caseId) {
        return jdbc.sql("select * from compliance_report where case_id = ?").param(caseId)
                .query((row, n) -> {
                    Timestamp submitted = row.getTimestamp("submitted_at");
                    return new FiledReport(row.getLong("id"), ReportKind.valueOf(row.getString("kind")),
                            row.getString("reference"), row.getString("sha256"), row.getString("requested_by"),
                            row.getString("approved_by"), row.getTimestamp("generated_at").toInstant(),
                            row.getString("submitted_by"), submitted == null ? null : submitted.toInstant(),
                            row.getString("receipt"));
                }).optional();
    }

    /** The report's XML, to download. */
    @Transactional(readOnly = true)
    public byte[] reportContent(long caseId) {
        return jdbc.sql("select content from compliance_report where case_id = ?").param(caseId)
                .query(byte[].class).optional().orElseThrow(() -> new CaseNotFound(caseId + "/report"));
    }

    private AmlCase locked(long caseId) {
        jdbc.sql("select id from compliance_case where id = ? for update").param(caseId).query(Long.class).optional()
                .orElseThrow(() -> new CaseNotFound(caseId));
        return find(caseId);
    }

    private static AmlCase of(ResultSet row, int n) throws SQLException {
        Date due = row.getDate("due_date");
        Timestamp requested = row.getTimestamp("filing_requested_at");
        Timestamp closed = row.getTimestamp("closed_at");
        String kind = row.getString("report_kind");
        return new AmlCase(row.getLong("id"), row.getString("reference"), row.getLong("client_id"),
                row.getString("client_name"), row.getLong("branch_id"), CaseStatus.valueOf(row.getString("status")),
                kind == null ? null : ReportKind.valueOf(kind), due == null ? null : due.toLocalDate(),
                row.getString("opened_by"), row.getTimestamp("opened_at").toInstant(), row.getString("filing_reason"),
                row.getString("filing_requested_by"), requested == null ? null : requested.toInstant(),
                row.getString("closing_reason"), row.getString("closed_by"),
                closed == null ? null : closed.toInstant(), row.getInt("alerts"));
    }
}
