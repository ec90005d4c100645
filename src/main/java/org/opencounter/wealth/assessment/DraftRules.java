package org.opencounter.wealth.assessment;

import java.util.ArrayList;
import java.util.List;

import org.opencounter.wealth.RiskCategory;

/**
 * What a questionnaire version must be before it may be saved and used: a title, a validity of 1 to 60 months, at
 * least one question, each with text in both languages and at least two options, each option with text and a score
 * of 0 to 100, and bands that start at 0, rise, and leave C5 reachable by the best answers.
 */
public final class DraftRules {

    static final int MAX_TITLE = 200;
    static final int MAX_QUESTION = 300;
    static final int MAX_OPTION = 200;
    static final int MAX_SCORE = 100;
    static final int MAX_VALIDITY_MONTHS = 60;

    private DraftRules() {
    }

    /** A problem with the draft: the form field it belongs to, the message key and its figures. */
    public record Problem(String field, String key, Object... figures) {
    }

    public static List<Problem> check(QuestionnaireDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (blank(draft.getTitle()) || draft.getTitle().length() > MAX_TITLE) {
            problems.add(new Problem("title", "wealth.questionnaire.titleRequired"));
        }
        Integer validity = draft.getValidityMonths();
        if (validity == null || validity < 1 || validity > MAX_VALIDITY_MONTHS) {
            problems.add(new Problem("validityMonths", "wealth.questionnaire.validityRange", MAX_VALIDITY_MONTHS));
        }
        if (draft.getQuestions().isEmpty()) {
            problems.add(new Problem(null, "wealth.questionnaire.noQuestions"));
        }
        int highest = 0;
        for (int q = 0; q < draft.getQuestions().size(); q++) {
            QuestionnaireDraft.QuestionDraft question = draft.getQuestions().get(q);
            String path = "questions[" + q + "]";
            if (blank(question.getTextZh()) || blank(question.getTextEn())
                    || question.getTextZh().length() > MAX_QUESTION || question.getTextEn().length() > MAX_QUESTION) {
                problems.add(new Problem(path + ".textZh", "wealth.questionnaire.questionText", q + 1));
            }
            if (question.getOptions().size() < 2) {
                problems.add(new Problem(path + ".textZh", "wealth.questionnaire.twoOptions", q + 1));
            }
            int best = 0;
            for (int o = 0; o < question.getOptions().size(); o++) {
                QuestionnaireDraft.OptionDraft option = question.getOptions().get(o);
                String optionPath = path + ".options[" + o + "]";
                if (blank(option.getTextZh()) || blank(option.getTextEn())
                        || option.getTextZh().length() > MAX_OPTION || option.getTextEn().length() > MAX_OPTION) {
                    problems.add(new Problem(optionPath + ".textZh", "wealth.questionnaire.optionText"));
                }
                if (option.getScore() == null || option.getScore() < 0 || option.getScore() > MAX_SCORE) {
                    problems.add(new Problem(optionPath + ".score", "wealth.questionnaire.scoreRange", MAX_SCORE));
                } else if (!option.isLowestCategory()) {
                    best = Math.max(best, option.getScore());
                }
            }
            highest += best;
        }
        checkBands(draft, highest, problems);
        return problems;
    }

    private static void checkBands(QuestionnaireDraft draft, int highest, List<Problem> problems) {
        Integer previous = null;
        for (RiskCategory category : RiskCategory.values()) {
            Integer minimum = draft.getBands().get(category);
            String field = "bands[" + category + "]";
            if (minimum == null || minimum < 0) {
                problems.add(new Problem(field, "wealth.questionnaire.bandRequired"));
                return;
            }
            if (category == RiskCategory.C1 && minimum != 0) {
                problems.add(new Problem(field, "wealth.questionnaire.bandStartsAtZero"));
            } else if (previous != null && minimum <= previous) {
                problems.add(new Problem(field, "wealth.questionnaire.bandsRise", previous));
            }
            previous = minimum;
        }
        if (previous != null && previous > highest && !draft.getQuestions().isEmpty()) {
            problems.add(new Problem("bands[C5]", "wealth.questionnaire.bandUnreachable", highest));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
