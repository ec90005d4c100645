package org.opencounter.wealth.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.opencounter.clients.ClientProfile;
import org.opencounter.clients.ClientProfiles;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.RiskCategory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Risk tolerance assessments (风险承受能力测评): a client answers the active questionnaire with a staff member, the
 * result is kept with the answers, the version and the time, and stays valid for the version's months.
 */
@Service
@Transactional
public class RiskAssessments {

    static final String ENTITY = "RiskAssessment";
    private static final String COLUMNS = """
            a.id, a.client_id, q.version, a.score, a.category, a.knocked_out, a.horizon, a.varieties, a.assessed_by,
            a.assessed_at, a.valid_until""";

    private final ClientProfiles clients;
    private final Questionnaires questionnaires;
    private final TradingCalendar calendar;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    RiskAssessments(ClientProfiles clients, Questionnaires questionnaires, TradingCalendar calendar, JdbcClient jdbc,
                    JsonMapper json, AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.questionnaires = questionnaires;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** Scores the answers against the active version and keeps the result; the same key twice answers the first. */
    public RiskAssessment assess(long clientId, AssessmentAnswers answers) {
        ClientProfile client = clients.visible(clientId);
        Optional<RiskAssessment> earlier = byKey(answers.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (!client.active()) {
            throw new AssessmentRefused("wealth.assessment.clientInactive");
        }
        if (answers.horizon() == null) {
            throw new AssessmentRefused("wealth.assessment.horizonRequired");
        }
        if (answers.varieties() == null || answers.varieties().isEmpty()) {
            throw new AssessmentRefused("wealth.assessment.varietiesRequired");
        }
        Questionnaire questionnaire = questionnaires.active(QuestionnaireAudience.of(client))
                .orElseThrow(() -> new AssessmentRefused("wealth.assessment.noActiveQuestionnaire"));
        Scoring scoring = questionnaire.score(answers.optionByQuestion());
        Instant now = clock.instant();
        LocalDate validUntil = RiskAssessment.validUntil(calendar.today(), questionnaire.validityMonths());
        long id = jdbc.sql("""
                        insert into wealth_risk_assessment (client_id, questionnaire_id, score, category, knocked_out,
                            horizon, varieties, answers, assessed_by, assessed_at, valid_until, idempotency_key)
                        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
                .params(clientId, questionnaire.id(), scoring.score(), scoring.category().name(),
                        scoring.knockedOut(), answers.horizon().name(), varieties(answers.varieties()),
                        json.writeValueAsString(scoring.answers()), CurrentStaff.require().username(),
                        Timestamp.from(now), Date.valueOf(validUntil), answers.idempotencyKey())
                .query(Long.class).single();
        RiskAssessment assessment = find(id).orElseThrow();
        audit.record(AuditRecord.change("wealth.assessment.record", ENTITY, id, null, facts(assessment)));
        return assessment;
    }

    /** The client's latest result, valid or not; the caller has checked that the client is visible. */
    @Transactional(readOnly = true)
    public Optional<RiskAssessment> latest(long clientId) {
        return jdbc.sql("select " + COLUMNS + " from wealth_risk_assessment a"
                        + " join wealth_questionnaire q on q.id = a.questionnaire_id"
                        + " where a.client_id = ? order by a.assessed_at desc, a.id desc limit 1")
                .param(clientId).query(RiskAssessments::of).optional();
    }

    /** The client's results, newest first. */
    @Transactional(readOnly = true)
    public Page<RiskAssessment> history(long clientId, Pageable page) {
        clients.visible(clientId);
        long total = jdbc.sql("select count(*) from wealth_risk_assessment where client_id = ?").param(clientId)
                .query(Long.class).single();
        List<RiskAssessment> rows = jdbc.sql("select " + COLUMNS + " from wealth_risk_assessment a"
                        + " join wealth_questionnaire q on q.id = a.questionnaire_id"
                        + " where a.client_id = ? order by a.assessed_at desc, a.id desc limit ? offset ?")
                .params(clientId, page.getPageSize(), page.getOffset()).query(RiskAssessments::of).list();
        return new PageImpl<>(rows, page, total);
    }

    /** The answers kept with one of the client's results, in question order; the look is audited. */
    public List<Scoring.Answer> answers(long clientId, long assessmentId) {
        clients.visible(clientId);
        String answers = jdbc.sql("select answers from wealth_risk_assessment where id = ? and client_id = ?")
                .params(assessmentId, clientId).query(String.class).optional()
                .orElseThrow(() -> new AssessmentNotFound(assessmentId));
        audit.record(AuditRecord.view("wealth.assessment.view", ENTITY, assessmentId));
        return Arrays.asList(json.readValue(answers, Scoring.Answer[].class));
    }

    private Optional<RiskAssessment> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from wealth_risk_assessment a"
                        + " join wealth_questionnaire q on q.id = a.questionnaire_id where a.id = ?")
                .param(id).query(RiskAssessments::of).optional();
    }

    private Optional<RiskAssessment> byKey(String key) {
        return jdbc.sql("select a.id from wealth_risk_assessment a where a.idempotency_key = ?").param(key)
                .query(Long.class).optional().flatMap(this::find);
    }

    static String varieties(Set<InvestmentVariety> varieties) {
        return varieties.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static RiskAssessment of(ResultSet row, int n) throws SQLException {
        Set<InvestmentVariety> varieties = EnumSet.noneOf(InvestmentVariety.class);
        Arrays.stream(row.getString("varieties").split(",")).filter(name -> !name.isBlank())
                .forEach(name -> varieties.add(InvestmentVariety.valueOf(name)));
        return new RiskAssessment(row.getLong("id"), row.getLong("client_id"), row.getInt("version"),
                row.getInt("score"), RiskCategory.valueOf(row.getString("category")), row.getBoolean("knocked_out"),
                InvestmentHorizon.valueOf(row.getString("horizon")), varieties, row.getString("assessed_by"),
                row.getTimestamp("assessed_at").toInstant(), row.getDate("valid_until").toLocalDate());
    }

    private static Map<String, Object> facts(RiskAssessment assessment) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("clientId", assessment.clientId());
        facts.put("questionnaire", assessment.questionnaireVersion());
        facts.put("score", assessment.score());
        facts.put("category", assessment.category());
        facts.put("knockedOut", assessment.knockedOut());
        facts.put("horizon", assessment.horizon());
        facts.put("varieties", assessment.varieties());
        facts.put("validUntil", assessment.validUntil());
        return facts;
    }
}
