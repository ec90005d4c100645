package org.opencounter.wealth.web;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.opencounter.platform.IdempotentForm;
import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.assessment.AssessmentAnswers;

/** The questionnaire as the page submits it: an option per question, the stated horizon and varieties. */
public class AssessmentForm extends IdempotentForm {

    private Map<Long, Long> answers = new HashMap<>();
    private InvestmentHorizon horizon;
    private Set<InvestmentVariety> varieties = EnumSet.noneOf(InvestmentVariety.class);

    AssessmentAnswers toAnswers() {
        return new AssessmentAnswers(Map.copyOf(answers), horizon, varieties == null ? Set.of() : Set.copyOf(varieties),
                getRequestKey());
    }

    public Map<Long, Long> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<Long, Long> answers) {
        this.answers = answers;
    }

    public InvestmentHorizon getHorizon() {
        return horizon;
    }

    public void setHorizon(InvestmentHorizon horizon) {
        this.horizon = horizon;
    }

    public Set<InvestmentVariety> getVarieties() {
        return varieties;
    }

    public void setVarieties(Set<InvestmentVariety> varieties) {
        this.varieties = varieties;
    }
}
