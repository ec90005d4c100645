package org.opencounter.wealth.assessment;

import java.util.List;

import org.opencounter.wealth.RiskCategory;

/**
 * A questionnaire's verdict on one set of answers.
 *
 * @param knockedOut whether an answer made the client a lowest-category investor whatever the score
 * @param answers    each question with the option chosen, in question order
 */
public record Scoring(int score, RiskCategory category, boolean knockedOut, List<Answer> answers) {

    /** A question and the option chosen, as kept with the assessment. */
    public record Answer(int question, String questionText, int option, String optionText, int score,
                         boolean lowestCategory) {
    }
}
