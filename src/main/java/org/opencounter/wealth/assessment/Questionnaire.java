package org.opencounter.wealth.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.opencounter.wealth.RiskCategory;

/**
 * One version of the risk tolerance questionnaire (风险承受能力测评问卷): its questions, the score bands of the
 * categories, and how long a result stays valid. Scores a set of answers: the sum of the chosen options' scores
 * gives the category through the bands, unless an answer makes the client a lowest-category investor (C1).
 */
public record Questionnaire(long id, QuestionnaireAudience audience, int version, String title,
                            QuestionnaireStatus status, int validityMonths, List<Question> questions,
                            ScoreBands bands) {

    /** Scores the answers, one option id per question id; every question must be answered with one of its options. */
    public Scoring score(Map<Long, Long> optionByQuestion) {
        int score = 0;
        boolean knockedOut = false;
        List<Scoring.Answer> answers = new ArrayList<>();
        for (Question question : questions) {
            Long optionId = optionByQuestion.get(question.id());
            AnswerOption chosen = optionId == null ? null : question.option(optionId).orElse(null);
            if (chosen == null) {
                throw new AssessmentRefused("wealth.assessment.unanswered", question.position());
            }
            score += chosen.score();
            knockedOut |= chosen.lowestCategory();
            answers.add(new Scoring.Answer(question.position(), question.textZh(), chosen.position(),
                    chosen.textZh(), chosen.score(), chosen.lowestCategory()));
        }
        RiskCategory category = knockedOut ? RiskCategory.C1 : bands.categoryOf(score);
        return new Scoring(score, category, knockedOut, answers);
    }

    public int highestScore() {
        return questions.stream().mapToInt(Question::highestScore).sum();
    }
}
