package org.opencounter.market.web;

import java.util.EnumSet;
import java.util.List;

import org.opencounter.platform.NavigationContributor;
import org.opencounter.platform.NavigationItem;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/** The market's entries in the side navigation. */
@Component
class MarketNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        EnumSet<Role> everyone = EnumSet.allOf(Role.class);
        return List.of(
                new NavigationItem("market.nav.section", "market.nav.securities", "/market/securities", "graph-up",
                        everyone, 100),
                new NavigationItem("market.nav.section", "market.nav.calendar", "/market/calendar", "calendar3",
                        everyone, 110),
                new NavigationItem("market.nav.section", "market.nav.import", "/market/prices/import", "upload",
                        EnumSet.of(Role.ADMIN), 120));
    }
}
