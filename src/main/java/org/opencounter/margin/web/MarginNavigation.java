package org.opencounter.margin.web;

import java.util.List;

import org.opencounter.platform.NavigationContributor;
import org.opencounter.platform.NavigationItem;
import org.springframework.stereotype.Component;

/** The margin module's entries in the side navigation. */
@Component
class MarginNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem("margin.nav.section", "margin.nav.applications", "/margin/applications",
                        "file-earmark-check", MarginRoles.READERS, 350),
                new NavigationItem("margin.nav.section", "margin.nav.contracts", "/margin/contracts",
                        "file-earmark-text", MarginRoles.READERS, 355),
                new NavigationItem("margin.nav.section", "margin.nav.monitor", "/margin/monitor", "speedometer2",
                        MarginRoles.READERS, 345),
                new NavigationItem("margin.nav.section", "margin.nav.securities", "/margin/securities", "list-check",
                        MarginRoles.LIST_READERS, 360));
    }
}
