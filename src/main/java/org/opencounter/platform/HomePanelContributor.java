package org.opencounter.platform;

import java.util.List;

/** Lets each module put lists (work due, alerts) on the home page of the staff it serves. */
public interface HomePanelContributor {

    List<HomePanel> panelsFor(StaffPrincipal staff);
}
