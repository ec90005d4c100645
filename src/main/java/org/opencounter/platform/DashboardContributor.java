package org.opencounter.platform;

import java.util.List;

/** Lets each module put cards on the home page of the staff it serves. */
public interface DashboardContributor {

    List<DashboardCard> cardsFor(StaffPrincipal staff);
}
