package org.opencounter.compliance.restriction;

import java.time.LocalDate;

/**
 * A research or investment-banking project whose people know inside information on a security.
 *
 * @param closedOn the last day the project's insiders may not trade the security; null while open
 */
public record InsiderProject(long id, String name, ProjectKind kind, String securityCode, String securityName,
                             LocalDate openedOn, LocalDate closedOn, String description, String createdBy,
                             int people) {

    /** A research report in the making or a deal being worked on. */
    public enum ProjectKind {
        RESEARCH, INVESTMENT_BANKING
    }

    public boolean openOn(LocalDate day) {
        return !day.isBefore(openedOn) && (closedOn == null || !day.isAfter(closedOn));
    }
}
