package org.opencounter.wealth.assessment;

import org.opencounter.platform.ChangeApproval;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/** A second compliance officer reviews a new questionnaire version: approved, clients answer it from then on. */
@Component
class QuestionnaireActivation extends ChangeApproval<QuestionnaireActivation.Payload> {

    static final String TYPE = "wealth.questionnaire-activation";

    /** The draft to activate. */
    public record Payload(long questionnaireId) {
    }

    private final QuestionnaireSwitch questionnaires;

    QuestionnaireActivation(QuestionnaireSwitch questionnaires) {
        super(TYPE, Payload.class, Role.COMPLIANCE_OFFICER);
        this.questionnaires = questionnaires;
    }

    @Override
    protected void apply(Payload payload, String decidedBy) {
        questionnaires.activate(payload.questionnaireId(), decidedBy);
    }

    @Override
    protected void reject(Payload payload, String decidedBy) {
        questionnaires.activationRejected(payload.questionnaireId());
    }
}
