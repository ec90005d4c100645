package org.opencounter.wealth.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencounter.platform.ApprovalSubmission;
import org.opencounter.platform.Approvals;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.wealth.RiskCategory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New questionnaire versions: compliance drafts one from an existing version, edits it, and asks a second compliance
 * officer to activate it; on approval it replaces the active version, which is retired. Assessments keep the version
 * they were answered on, so a change never rewrites a result.
 */
@Service
@Transactional
public class QuestionnaireVersions {

    static final String ENTITY = "Questionnaire";

    private final Questionnaires questionnaires;
    private final QuestionnaireSwitch drafts;
    private final JdbcClient jdbc;
    private final Approvals approvals;
    private final AuditTrail audit;
    private final Clock clock;

    QuestionnaireVersions(Questionnaires questionnaires, QuestionnaireSwitch drafts, JdbcClient jdbc,
                          Approvals approvals, AuditTrail audit, Clock clock) {
        this.questionnaires = questionnaires;
        this.drafts = drafts;
        this.jdbc = jdbc;
        this.approvals = approvals;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new draft for the source's audience with its next version number, copied from the given version. */
    public long draftFrom(long sourceId) {
        Questionnaire source = questionnaires.byId(sourceId).orElseThrow(() -> new QuestionnaireNotFound(sourceId));
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from wealth_questionnaire where audience = ?")
                .param(source.audience().name()).query(Integer.class).single();
        long id;
        try {
            id = jdbc.sql("""
                            insert into wealth_questionnaire (audience, version, title, status, validity_months,
                                created_by, created_at)
                            values (?, ?, ?, 'DRAFT', ?, ?, ?) returning id""")
                    .params(source.audience().name(), version, source.title(), source.validityMonths(),
                            CurrentStaff.require().username(), Timestamp.from(clock.instant()))
                    .query(Long.class).single();
        } catch (DuplicateKeyException draftExists) {
            throw new QuestionnaireRefused("wealth.questionnaire.draftExists");
        }
        write(id, QuestionnaireDraft.of(source));
        audit.record(AuditRecord.change("wealth.questionnaire.draft", ENTITY, id, null,
                Map.of("audience", source.audience(), "version", version, "from", source.version())));
        return id;
    }

    /** Saves the edited draft over the stored one; a draft waiting for activation cannot change. */
    public void save(long draftId, QuestionnaireDraft draft) {
        Questionnaire before = editableDraft(draftId);
        List<DraftRules.Problem> problems = DraftRules.check(draft);
        if (!problems.isEmpty()) {
            throw new QuestionnaireRefused(problems);
        }
        jdbc.sql("update wealth_questionnaire set title = ?, validity_months = ? where id = ?")
                .params(draft.getTitle().trim(), draft.getValidityMonths(), draftId).update();
        jdbc.sql("delete from wealth_question_option where question_id in"
                + " (select id from wealth_question where questionnaire_id = ?)").param(draftId).update();
        jdbc.sql("delete from wealth_question where questionnaire_id = ?").param(draftId).update();
        jdbc.sql("delete from wealth_score_band where questionnaire_id = ?").param(draftId).update();
        write(draftId, draft);
        audit.record(AuditRecord.change("wealth.questionnaire.save", ENTITY, draftId, summary(before),
                summary(questionnaires.byId(draftId).orElseThrow())));
    }

    /** Asks a second compliance officer to make the draft the active version. */
    public long requestActivation(long draftId) {
        Questionnaire draft = editableDraft(draftId);
        List<DraftRules.Problem> problems = DraftRules.check(QuestionnaireDraft.of(draft));
        if (!problems.isEmpty()) {
            throw new QuestionnaireRefused(problems);
        }
        long approvalId = approvals.submit(new ApprovalSubmission(QuestionnaireActivation.TYPE,
                draft.title() + " v" + draft.version(), new QuestionnaireActivation.Payload(draftId),
                draft.questions().size() + " questions, C5 from " + draft.bands().minimum(RiskCategory.C5),
                null, "/wealth/questionnaires/" + draftId));
        String by = CurrentStaff.require().username();
        jdbc.sql("""
                        update wealth_questionnaire set activation_requested_by = ?, activation_approval_id = ?
                        where id = ?""")
                .params(by, approvalId, draftId).update();
        audit.record(AuditRecord.change("wealth.questionnaire.request-activation", ENTITY, draftId, null,
                Map.of("approvalId", approvalId)));
        return approvalId;
    }

    /** Who asked for the draft's activation, if anyone has. */
    @Transactional(readOnly = true)
    public String activationRequestedBy(long questionnaireId) {
        return jdbc.sql("select activation_requested_by from wealth_questionnaire where id = ?").param(questionnaireId)
                .query(String.class).optional().orElse(null);
    }

    private Questionnaire editableDraft(long draftId) {
        Questionnaire draft = drafts.locked(draftId);
        if (activationRequestedBy(draftId) != null) {
            throw new QuestionnaireRefused("wealth.questionnaire.awaitingActivation");
        }
        return draft;
    }

    private void write(long questionnaireId, QuestionnaireDraft draft) {
        for (int q = 0; q < draft.getQuestions().size(); q++) {
            QuestionnaireDraft.QuestionDraft question = draft.getQuestions().get(q);
            long questionId = jdbc.sql("""
                            insert into wealth_question (questionnaire_id, position, text_zh, text_en)
                            values (?, ?, ?, ?) returning id""")
                    .params(questionnaireId, q + 1, question.getTextZh().trim(), question.getTextEn().trim())
                    .query(Long.class).single();
            for (int o = 0; o < question.getOptions().size(); o++) {
                QuestionnaireDraft.OptionDraft option = question.getOptions().get(o);
                jdbc.sql("""
                                insert into wealth_question_option (question_id, position, text_zh, text_en, score,
                                    lowest_category)
                                values (?, ?, ?, ?, ?, ?)""")
                        .params(questionId, o + 1, option.getTextZh().trim(), option.getTextEn().trim(),
                                option.getScore(), option.isLowestCategory())
                        .update();
            }
        }
        draft.getBands().forEach((category, minimum) -> jdbc.sql("""
                        insert into wealth_score_band (questionnaire_id, category, min_score) values (?, ?, ?)""")
                .params(questionnaireId, category.name(), minimum).update());
    }

    private static Map<String, Object> summary(Questionnaire questionnaire) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("title", questionnaire.title());
        summary.put("validityMonths", questionnaire.validityMonths());
        summary.put("questions", questionnaire.questions().size());
        summary.put("highestScore", questionnaire.highestScore());
        summary.put("bands", questionnaire.bands().minimums());
        return summary;
    }
}
