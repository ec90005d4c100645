package org.opencounter.wealth.assessment;

import java.sql.Timestamp;
import java.util.Map;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Switches the active questionnaire version once an activation is approved, inside the approval's transaction: the
 * draft becomes active and the version it replaces is retired.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class QuestionnaireSwitch {

    private final Questionnaires questionnaires;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    QuestionnaireSwitch(Questionnaires questionnaires, JdbcClient jdbc, AuditTrail audit, java.time.Clock clock) {
        this.questionnaires = questionnaires;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    void activate(long draftId, String approvedBy) {
        Questionnaire draft = locked(draftId);
        jdbc.sql("update wealth_questionnaire set status = 'RETIRED' where status = 'ACTIVE' and audience = ?")
                .param(draft.audience().name()).update();
        jdbc.sql("""
                        update wealth_questionnaire set status = 'ACTIVE', activated_by = ?, activated_at = ?
                        where id = ?""")
                .params(approvedBy, Timestamp.from(clock.instant()), draftId).update();
        audit.record(AuditRecord.change("wealth.questionnaire.activate", QuestionnaireVersions.ENTITY, draftId, null,
                Map.of("audience", draft.audience(), "version", draft.version(), "approvedBy", approvedBy)));
    }

    /** A rejected activation leaves the draft to be edited again. */
    void activationRejected(long draftId) {
        jdbc.sql("""
                        update wealth_questionnaire set activation_requested_by = null, activation_approval_id = null
                        where id = ? and status = 'DRAFT'""")
                .param(draftId).update();
    }

    /** The draft, locked against a concurrent edit or activation; anything but a draft is refused. */
    Questionnaire locked(long draftId) {
        jdbc.sql("select id from wealth_questionnaire where id = ? for update").param(draftId).query(Long.class)
                .optional().orElseThrow(() -> new QuestionnaireNotFound(draftId));
        Questionnaire draft = questionnaires.byId(draftId).orElseThrow(() -> new QuestionnaireNotFound(draftId));
        if (draft.status() != QuestionnaireStatus.DRAFT) {
            throw new QuestionnaireRefused("wealth.questionnaire.notDraft");
        }
        return draft;
    }
}
