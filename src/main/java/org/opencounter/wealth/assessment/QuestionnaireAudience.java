package org.opencounter.wealth.assessment;

import org.opencounter.clients.ClientProfile;

/**
 * Who answers a questionnaire: individuals (个人投资者) or institutions (机构投资者). Each audience has its own
 * questions, versions, active version and draft.
 */
public enum QuestionnaireAudience {
    INDIVIDUAL, INSTITUTION;

    /** The questionnaire the client answers. */
    public static QuestionnaireAudience of(ClientProfile client) {
        return client.institution() ? INSTITUTION : INDIVIDUAL;
    }
}
