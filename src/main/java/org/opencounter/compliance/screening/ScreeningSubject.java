package org.opencounter.compliance.screening;

import java.time.LocalDate;

/**
 * A name screening looks at: the client's own, or that of a person behind an institution.
 *
 * @param idNumber null when unknown
 * @param birthDate null when unknown (institutions, the people behind them)
 */
public record ScreeningSubject(long clientId, long branchId, String clientName, SubjectRole role, String name,
                               String idNumber, LocalDate birthDate) {

    /** Whose name it is: the client, or an institution's legal representative, controller or beneficial owner. */
    public enum SubjectRole {
        CLIENT, LEGAL_REPRESENTATIVE, CONTROLLER, BENEFICIAL_OWNER
    }
}
