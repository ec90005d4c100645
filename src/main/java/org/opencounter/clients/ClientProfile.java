package org.opencounter.clients;

import java.time.LocalDate;

/**
 * What other modules may know of a client to serve them: who, at which branch, as which kind of investor.
 *
 * @param professional whether the client is classed as a professional investor (专业投资者)
 * @param birthDate    an individual's date of birth; null for institutions
 */
public record ClientProfile(long id, long branchId, String name, boolean institution, boolean professional,
                            boolean active, LocalDate birthDate) {
}
