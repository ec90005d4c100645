package org.opencounter.wealth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencounter.wealth.RiskCategory;

/** Scoring a set of answers: the sum gives the band, a lowest-category answer gives C1 whatever the sum. */
class QuestionnaireTest {

    // question 1: 0 / 10 / 30 points; question 2: 0 / 30 points, or "no loss at all" (0, lowest category) at 3
    static final Questionnaire QUESTIONNAIRE = new Questionnaire(1, QuestionnaireAudience.INDIVIDUAL, 1, "test",
            QuestionnaireStatus.ACTIVE, 24, List.of(
            new Question(10, 1, "q1", "q1", List.of(new AnswerOption(11, 1, "a", "a", 0, false),
                    new AnswerOption(12, 2, "b", "b", 10, false), new AnswerOption(13, 3, "c", "c", 30, false))),
            new Question(20, 2, "q2", "q2", List.of(new AnswerOption(21, 1, "a", "a", 0, false),
                    new AnswerOption(22, 2, "b", "b", 30, false), new AnswerOption(23, 3, "none", "none", 0, true)))),
            ScoreBandsTest.VERSION_1);

    @Test
    void theScoreIsTheSumOfTheChosenOptions() {
        Scoring scoring = QUESTIONNAIRE.score(Map.of(10L, 12L, 20L, 22L));

        assertThat(scoring.score()).isEqualTo(40);
        assertThat(scoring.category()).isEqualTo(RiskCategory.C3);
        assertThat(scoring.knockedOut()).isFalse();
        assertThat(scoring.answers()).extracting(Scoring.Answer::option).containsExactly(2, 2);
    }

    @Test
    void sixtyPointsIsGrowth() {
        assertThat(QUESTIONNAIRE.score(Map.of(10L, 13L, 20L, 22L)).category()).isEqualTo(RiskCategory.C4);
    }

    @Test
    void aLowestCategoryAnswerMakesTheClientC1WhateverTheScore() {
        Scoring scoring = QUESTIONNAIRE.score(Map.of(10L, 13L, 20L, 23L));

        assertThat(scoring.score()).isEqualTo(30);
        assertThat(scoring.category()).isEqualTo(RiskCategory.C1);
        assertThat(scoring.knockedOut()).isTrue();
    }

    @Test
    void everyQuestionMustBeAnswered() {
        assertThatThrownBy(() -> QUESTIONNAIRE.score(Map.of(10L, 12L)))
                .isInstanceOfSatisfying(AssessmentRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("wealth.assessment.unanswered");
                    assertThat(refused.arguments()).containsExactly(2);
                });
    }

    @Test
    void anOptionOfAnotherQuestionIsNoAnswer() {
        assertThatThrownBy(() -> QUESTIONNAIRE.score(Map.of(10L, 22L, 20L, 22L)))
                .isInstanceOf(AssessmentRefused.class);
    }

    @Test
    void theHighestScoreIsEachQuestionsBestOption() {
        assertThat(QUESTIONNAIRE.highestScore()).isEqualTo(60);
    }
}
