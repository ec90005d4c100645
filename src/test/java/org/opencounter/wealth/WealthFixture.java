package org.opencounter.wealth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.opencounter.clients.ClientsFixture;
import org.opencounter.wealth.assessment.AnswerOption;
import org.opencounter.wealth.assessment.AssessmentAnswers;
import org.opencounter.wealth.assessment.Question;
import org.opencounter.wealth.assessment.Questionnaire;
import org.opencounter.wealth.assessment.QuestionnaireAudience;
import org.opencounter.wealth.assessment.Questionnaires;
import org.opencounter.wealth.assessment.RiskAssessment;
import org.opencounter.wealth.assessment.RiskAssessments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Answers the active questionnaire for clients so that they land on a chosen score, as the SH01 account manager. */
public class WealthFixture {

    private final ClientsFixture clients;
    private final Questionnaires questionnaires;
    private final RiskAssessments assessments;
    private final JdbcClient jdbc;

    public WealthFixture(ApplicationContext context, ClientsFixture clients) {
        this.clients = clients;
        this.questionnaires = context.getBean(Questionnaires.class);
        this.assessments = context.getBean(RiskAssessments.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** The individuals' active questionnaire. */
    public Questionnaire questionnaire() {
        return questionnaire(QuestionnaireAudience.INDIVIDUAL);
    }

    public Questionnaire questionnaire(QuestionnaireAudience audience) {
        return questionnaires.active(audience).orElseThrow();
    }

    /** Answers to the individuals' questionnaire that add up to the target. */
    public Map<Long, Long> answersScoring(int target) {
        return answersScoring(questionnaire(), target);
    }

    /** Answers that add up to the target, found question by question; no lowest-category option is chosen. */
    public static Map<Long, Long> answersScoring(Questionnaire questionnaire, int target) {
        List<Question> questions = questionnaire.questions();
        // reachable.get(i) maps each total reachable with the first i questions to the options chosen for it
        List<Map<Integer, List<Long>>> reachable = new ArrayList<>();
        reachable.add(Map.of(0, List.of()));
        for (Question question : questions) {
            Map<Integer, List<Long>> next = new HashMap<>();
            reachable.get(reachable.size() - 1).forEach((total, chosen) -> question.options().stream()
                    .filter(option -> !option.lowestCategory())
                    .forEach(option -> next.computeIfAbsent(total + option.score(), sum -> {
                        List<Long> extended = new ArrayList<>(chosen);
                        extended.add(option.id());
                        return extended;
                    })));
            reachable.add(next);
        }
        List<Long> chosen = reachable.get(reachable.size() - 1).get(target);
        if (chosen == null) {
            throw new IllegalArgumentException("No answers add up to " + target);
        }
        Map<Long, Long> answers = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.put(questions.get(i).id(), chosen.get(i));
        }
        return answers;
    }

    /** The answers with the lowest-category option of the question that offers one ("no loss at all"). */
    public Map<Long, Long> withLowestCategoryAnswer(Map<Long, Long> answers) {
        return withLowestCategoryAnswer(questionnaire(), answers);
    }

    public static Map<Long, Long> withLowestCategoryAnswer(Questionnaire questionnaire, Map<Long, Long> answers) {
        Map<Long, Long> changed = new HashMap<>(answers);
        for (Question question : questionnaire.questions()) {
            question.options().stream().filter(AnswerOption::lowestCategory).findFirst()
                    .ifPresent(option -> changed.put(question.id(), option.id()));
            if (!changed.equals(answers)) {
                return changed;
            }
        }
        throw new IllegalStateException("The questionnaire has no lowest-category option");
    }

    public RiskAssessment assess(long clientId, int score, InvestmentHorizon horizon,
                                 Set<InvestmentVariety> varieties) {
        return clients.as("advisor", () -> assessments.assess(clientId, new AssessmentAnswers(answersScoring(score),
                horizon, varieties, UUID.randomUUID().toString())));
    }

    /** The questionnaire is reference data the database reset keeps: puts version 1 back as the only one. */
    public void onlyVersionOne() {
        String later = "(select id from wealth_questionnaire where version > 1)";
        String laterAssessments = "(select id from wealth_risk_assessment where questionnaire_id in " + later + ")";
        jdbc.sql("delete from wealth_risk_confirmation where assessment_id in " + laterAssessments).update();
        jdbc.sql("delete from wealth_suitability_verdict where assessment_id in " + laterAssessments).update();
        jdbc.sql("delete from wealth_risk_assessment where questionnaire_id in " + later).update();
        jdbc.sql("delete from wealth_question_option where question_id in (select id from wealth_question"
                + " where questionnaire_id in " + later + ")").update();
        jdbc.sql("delete from wealth_question where questionnaire_id in " + later).update();
        jdbc.sql("delete from wealth_score_band where questionnaire_id in " + later).update();
        jdbc.sql("delete from wealth_questionnaire where version > 1").update();
        jdbc.sql("update wealth_questionnaire set status = 'ACTIVE' where version = 1").update();
    }

    public long productId(String code) {
        return jdbc.sql("select id from wealth_product where code = ?").param(code).query(Long.class).single();
    }
}
