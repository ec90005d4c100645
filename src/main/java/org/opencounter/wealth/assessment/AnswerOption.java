package org.opencounter.wealth.assessment;

/**
 * One answer a question offers, with its score.
 *
 * @param lowestCategory whether choosing it makes the client a lowest-category investor whatever the score
 */
public record AnswerOption(long id, int position, String textZh, String textEn, int score, boolean lowestCategory) {
}
