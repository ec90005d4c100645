package org.opencounter.wealth.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencounter.wealth.RiskCategory;

/** A questionnaire version is complete before it is saved or activated. */
class DraftRulesTest {

    /** Version 1's shape, shrunk: two questions of 0/50 points each, bands 0/21/37/54/82. */
    static QuestionnaireDraft valid() {
        QuestionnaireDraft draft = new QuestionnaireDraft();
        draft.setTitle("问卷");
        draft.setValidityMonths(24);
        draft.getBands().putAll(ScoreBandsTest.VERSION_1.minimums());
        for (int q = 0; q < 2; q++) {
            draft.addQuestion();
            QuestionnaireDraft.QuestionDraft question = draft.getQuestions().get(q);
            question.setTextZh("题" + q);
            question.setTextEn("Q" + q);
            for (int o = 0; o < 2; o++) {
                question.getOptions().get(o).setTextZh("选" + o);
                question.getOptions().get(o).setTextEn("O" + o);
                question.getOptions().get(o).setScore(o * 50);
            }
        }
        return draft;
    }

    static List<String> keys(QuestionnaireDraft draft) {
        return DraftRules.check(draft).stream().map(DraftRules.Problem::key).toList();
    }

    @Test
    void aCompleteDraftHasNoProblems() {
        assertThat(DraftRules.check(valid())).isEmpty();
    }

    @Test
    void validityRunsFromOneToSixtyMonths() {
        QuestionnaireDraft draft = valid();
        draft.setValidityMonths(1);
        assertThat(keys(draft)).isEmpty();
        draft.setValidityMonths(60);
        assertThat(keys(draft)).isEmpty();
        draft.setValidityMonths(0);
        assertThat(keys(draft)).containsExactly("wealth.questionnaire.validityRange");
        draft.setValidityMonths(61);
        assertThat(keys(draft)).containsExactly("wealth.questionnaire.validityRange");
    }

    @Test
    void aScoreRunsFromZeroToAHundred() {
        QuestionnaireDraft draft = valid();
        draft.getQuestions().get(0).getOptions().get(1).setScore(100);
        assertThat(keys(draft)).isEmpty();
        draft.getQuestions().get(0).getOptions().get(1).setScore(101);
        assertThat(DraftRules.check(draft)).extracting(DraftRules.Problem::field)
                .contains("questions[0].options[1].score");
        draft.getQuestions().get(0).getOptions().get(1).setScore(-1);
        assertThat(keys(draft)).contains("wealth.questionnaire.scoreRange");
    }

    @Test
    void aQuestionNeedsTextAndTwoOptions() {
        QuestionnaireDraft draft = valid();
        draft.getQuestions().get(1).setTextEn(" ");
        draft.removeOption(1, 0);

        assertThat(DraftRules.check(draft)).extracting(DraftRules.Problem::key, problem -> problem.figures()[0])
                .containsExactly(org.assertj.core.groups.Tuple.tuple("wealth.questionnaire.questionText", 2),
                        org.assertj.core.groups.Tuple.tuple("wealth.questionnaire.twoOptions", 2));
    }

    @Test
    void aDraftNeedsAQuestionAndATitle() {
        QuestionnaireDraft draft = valid();
        draft.setTitle("");
        draft.removeQuestion(0);
        draft.removeQuestion(0);

        assertThat(keys(draft)).containsExactly("wealth.questionnaire.titleRequired",
                "wealth.questionnaire.noQuestions");
    }

    @Test
    void bandsStartAtZeroAndRise() {
        QuestionnaireDraft draft = valid();
        draft.getBands().put(RiskCategory.C1, 1);
        assertThat(keys(draft)).containsExactly("wealth.questionnaire.bandStartsAtZero");

        draft = valid();
        draft.getBands().put(RiskCategory.C3, 21);
        assertThat(DraftRules.check(draft)).extracting(DraftRules.Problem::field).containsExactly("bands[C3]");
    }

    @Test
    void c5MustBeReachableByTheBestOrdinaryAnswers() {
        QuestionnaireDraft draft = valid();
        draft.getBands().put(RiskCategory.C5, 100);
        assertThat(keys(draft)).isEmpty();
        draft.getBands().put(RiskCategory.C5, 101);
        assertThat(keys(draft)).containsExactly("wealth.questionnaire.bandUnreachable");
        draft.getBands().put(RiskCategory.C5, 100);
        // a lowest-category option's points do not count towards what the best answers reach
        draft.getQuestions().get(0).getOptions().get(1).setLowestCategory(true);
        assertThat(keys(draft)).containsExactly("wealth.questionnaire.bandUnreachable");
    }
}
