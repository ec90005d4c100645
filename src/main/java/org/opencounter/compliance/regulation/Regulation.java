package org.opencounter.compliance.regulation;

import java.time.LocalDate;

/**
 * A regulation as the library keeps it, with the firm's reading of it.
 *
 * @param amendsId the regulation this one amends, null for a new one
 * @param interpretation the firm's interpretation notes, null until written
 */
public record Regulation(long id, String title, String issuer, String documentNumber, LocalDate issuedOn,
                         LocalDate effectiveOn, LocalDate repealedOn, String summary, String interpretation,
                         Long amendsId, String amendsTitle, String createdBy) {

    /** Whether it binds on the day: not yet in force, in force, or repealed. */
    public enum State {
        UPCOMING, IN_FORCE, REPEALED
    }

    /** In force from its effective day; repealed from its repeal day on. */
    public State stateOn(LocalDate day) {
        if (repealedOn != null && !day.isBefore(repealedOn)) {
            return State.REPEALED;
        }
        return day.isBefore(effectiveOn) ? State.UPCOMING : State.IN_FORCE;
    }
}
