package org.opencounter.wealth.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.opencounter.wealth.RiskCategory;

/**
 * A questionnaire version as compliance edits it: title, validity, the lowest score of each category, and the
 * questions with their options. The editor adds and removes questions and options on this form before it is saved.
 */
public class QuestionnaireDraft {

    private String title;
    private Integer validityMonths;
    private Map<RiskCategory, Integer> bands = new EnumMap<>(RiskCategory.class);
    private List<QuestionDraft> questions = new ArrayList<>();

    /** The draft of a stored version, to edit. */
    public static QuestionnaireDraft of(Questionnaire questionnaire) {
        QuestionnaireDraft draft = new QuestionnaireDraft();
        draft.title = questionnaire.title();
        draft.validityMonths = questionnaire.validityMonths();
        for (RiskCategory category : RiskCategory.values()) {
            draft.bands.put(category, questionnaire.bands().minimum(category));
        }
        for (Question question : questionnaire.questions()) {
            QuestionDraft copy = new QuestionDraft();
            copy.setTextZh(question.textZh());
            copy.setTextEn(question.textEn());
            for (AnswerOption option : question.options()) {
                OptionDraft choice = new OptionDraft();
                choice.setTextZh(option.textZh());
                choice.setTextEn(option.textEn());
                choice.setScore(option.score());
                choice.setLowestCategory(option.lowestCategory());
                copy.getOptions().add(choice);
            }
            draft.questions.add(copy);
        }
        return draft;
    }

    /** Adds a question with two empty options at the end. */
    public void addQuestion() {
        QuestionDraft question = new QuestionDraft();
        question.getOptions().add(new OptionDraft());
        question.getOptions().add(new OptionDraft());
        questions.add(question);
    }

    public void removeQuestion(int index) {
        if (index >= 0 && index < questions.size()) {
            questions.remove(index);
        }
    }

    public void addOption(int question) {
        if (question >= 0 && question < questions.size()) {
            questions.get(question).getOptions().add(new OptionDraft());
        }
    }

    public void removeOption(int question, int option) {
        if (question >= 0 && question < questions.size()) {
            List<OptionDraft> options = questions.get(question).getOptions();
            if (option >= 0 && option < options.size()) {
                options.remove(option);
            }
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }

    public Map<RiskCategory, Integer> getBands() {
        return bands;
    }

    public void setBands(Map<RiskCategory, Integer> bands) {
        this.bands = bands;
    }

    public List<QuestionDraft> getQuestions() {
        return questions;
    }

    public void setQuestions(List<QuestionDraft> questions) {
        this.questions = questions;
    }

    /** One question being edited. */
    public static class QuestionDraft {

        private String textZh;
        private String textEn;
        private List<OptionDraft> options = new ArrayList<>();

        public String getTextZh() {
            return textZh;
        }

        public void setTextZh(String textZh) {
            this.textZh = textZh;
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String textEn) {
            this.textEn = textEn;
        }

        public List<OptionDraft> getOptions() {
            return options;
        }

        public void setOptions(List<OptionDraft> options) {
            this.options = options;
        }
    }

    /** One option being edited. */
    public static class OptionDraft {

        private String textZh;
        private String textEn;
        private Integer score;
        private boolean lowestCategory;

        public String getTextZh() {
            return textZh;
        }

        public void setTextZh(String textZh) {
            this.textZh = textZh;
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String textEn) {
            this.textEn = textEn;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }

        public boolean isLowestCategory() {
            return lowestCategory;
        }

        public void setLowestCategory(boolean lowestCategory) {
            this.lowestCategory = lowestCategory;
        }
    }
}
