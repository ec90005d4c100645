package org.opencounter.wealth.assessment;

import org.opencounter.platform.ApprovalBlocked;
import org.opencounter.platform.ApprovalDecision;
import org.opencounter.platform.ApprovalHandler;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/** A second compliance officer reviews a new questionnaire version: approved, clients answer it from then on. */
@Component
class QuestionnaireActivation implements ApprovalHandler<QuestionnaireActivation.Payload> {

    static final String TYPE = "wealth.questionnaire-activation";

    /** The draft to activate. */
    public record Payload(long questionnaireId) {
    }

    private final QuestionnaireSwitch questionnaires;

    QuestionnaireActivation(QuestionnaireSwitch questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Class<Payload> payloadType() {
        return Payload.class;
    }

    @Override
    public Role approvingRole() {
        return Role.COMPLIANCE_OFFICER;
    }

    @Override
    public void approved(Payload payload, ApprovalDecision decision) {
        try {
            questionnaires.activate(payload.questionnaireId(), decision.decidedBy());
        } catch (QuestionnaireRefused refused) {
            throw new ApprovalBlocked(refused.messageKey(), refused.arguments());
        }
    }

    @Override
    public void rejected(Payload payload, ApprovalDecision decision) {
        questionnaires.activationRejected(payload.questionnaireId());
    }
}
