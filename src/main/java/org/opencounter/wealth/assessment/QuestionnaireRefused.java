package org.opencounter.wealth.assessment;

import java.util.List;

import org.opencounter.platform.Refusal;

/** A change to a questionnaire version that cannot be made; the problems say where and why. */
public class QuestionnaireRefused extends Refusal {

    private final transient List<DraftRules.Problem> problems;

    public QuestionnaireRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.problems = List.of();
    }

    QuestionnaireRefused(List<DraftRules.Problem> problems) {
        super("wealth.questionnaire.invalid");
        this.problems = List.copyOf(problems);
    }

    public List<DraftRules.Problem> problems() {
        return problems;
    }
}
