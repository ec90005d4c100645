package org.opencounter.wealth.suitability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.wealth.Fit;
import org.opencounter.wealth.SuitabilityEngine;
import org.opencounter.wealth.SuitabilityVerdict;
import org.opencounter.wealth.assessment.RiskAssessment;
import org.opencounter.wealth.assessment.RiskAssessments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirmations of mismatch warnings: a client who still wants a product above their category, horizon or varieties
 * confirms the warning in writing. A confirmation holds for that product while the assessment it was given under
 * is the client's latest; forbidden verdicts cannot be confirmed.
 */
@Service
@Transactional
public class RiskConfirmations {

    static final String ENTITY = "RiskConfirmation";
    private static final String COLUMNS = """
            id, verdict_id, client_id, product_id, assessment_id, warning_text, recording_ref, confirmed_by,
            confirmed_at""";

    private final SuitabilityEngine engine;
    private final RiskAssessments assessments;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    RiskConfirmations(SuitabilityEngine engine, RiskAssessments assessments, JdbcClient jdbc, AuditTrail audit,
                      Clock clock) {
        this.engine = engine;
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records that the client confirmed the verdict's warning, as shown in the given text; twice records once. */
    public RiskConfirmation confirm(long verdictId, boolean acknowledged, String warningText, String recordingRef) {
        SuitabilityVerdict verdict = engine.verdict(verdictId);
        Optional<RiskConfirmation> earlier = ofVerdict(verdictId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (verdict.fit() != Fit.WARNING) {
            throw new ConfirmationRefused("wealth.confirmation.notWarning");
        }
        if (!acknowledged) {
            throw new ConfirmationRefused("wealth.confirmation.acknowledgeRequired");
        }
        Long latest = assessments.latest(verdict.clientId()).map(RiskAssessment::id).orElse(null);
        if (!Objects.equals(latest, verdict.assessmentId())) {
            throw new ConfirmationRefused("wealth.confirmation.assessmentChanged");
        }
        Optional<Long> inserted = jdbc.sql("""
                        insert into wealth_risk_confirmation (verdict_id, client_id, product_id, assessment_id,
                            warning_text, recording_ref, confirmed_by, confirmed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (verdict_id) do nothing returning id""")
                .params(verdictId, verdict.clientId(), verdict.productId(), verdict.assessmentId(), warningText,
                        recordingRef == null || recordingRef.isBlank() ? null : recordingRef.trim(),
                        CurrentStaff.require().username(), Timestamp.from(clock.instant()))
                .query(Long.class).optional();
        RiskConfirmation confirmation = ofVerdict(verdictId).orElseThrow();
        if (inserted.isEmpty()) {
            // a second submission that raced the first: the first one's record stands
            return confirmation;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("verdictId", verdictId);
        facts.put("clientId", verdict.clientId());
        facts.put("productId", verdict.productId());
        facts.put("recordingRef", confirmation.recordingRef());
        audit.record(AuditRecord.change("wealth.suitability.confirm", ENTITY, confirmation.id(), null, facts));
        return confirmation;
    }

    @Transactional(readOnly = true)
    public Optional<RiskConfirmation> ofVerdict(long verdictId) {
        return jdbc.sql("select " + COLUMNS + " from wealth_risk_confirmation where verdict_id = ?").param(verdictId)
                .query(RiskConfirmations::of).optional();
    }

    /** Whether the client confirmed a warning for the product under this assessment. */
    @Transactional(readOnly = true)
    public boolean confirmed(long clientId, long productId, long assessmentId) {
        return jdbc.sql("""
                        select exists (select 1 from wealth_risk_confirmation
                                       where client_id = ? and product_id = ? and assessment_id = ?)""")
                .params(clientId, productId, assessmentId).query(Boolean.class).single();
    }

    private static RiskConfirmation of(ResultSet row, int n) throws SQLException {
        return new RiskConfirmation(row.getLong("id"), row.getLong("verdict_id"), row.getLong("client_id"),
                row.getLong("product_id"), row.getLong("assessment_id"), row.getString("warning_text"),
                row.getString("recording_ref"), row.getString("confirmed_by"),
                row.getTimestamp("confirmed_at").toInstant());
    }
}
