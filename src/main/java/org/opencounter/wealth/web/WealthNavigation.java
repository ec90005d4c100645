package org.opencounter.wealth.web;

import java.util.List;

import org.opencounter.platform.NavigationContributor;
import org.opencounter.platform.NavigationItem;
import org.springframework.stereotype.Component;

/** The wealth module's entries in the side navigation; a client's assessment and suitability open from the client. */
@Component
class WealthNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem("wealth.nav.section", "wealth.nav.products", "/wealth/products",
                "briefcase", WealthRoles.CATALOGUE_READERS, 400),
                new NavigationItem("wealth.nav.section", "wealth.nav.questionnaires", "/wealth/questionnaires",
                        "ui-checks", WealthRoles.READERS, 410),
                new NavigationItem("wealth.nav.section", "wealth.nav.complaints", "/wealth/complaints",
                        "chat-left-dots", WealthRoles.READERS, 420),
                new NavigationItem("wealth.nav.section", "wealth.nav.complaintStatistics",
                        "/wealth/complaints/statistics", "bar-chart", WealthRoles.READERS, 425),
                new NavigationItem("wealth.nav.section", "wealth.nav.models", "/wealth/models", "pie-chart",
                        WealthRoles.READERS, 428),
                new NavigationItem("wealth.nav.section", "wealth.nav.targets", "/wealth/targets", "bullseye",
                        WealthRoles.READERS, 430),
                new NavigationItem("wealth.nav.section", "wealth.nav.campaigns", "/wealth/campaigns", "megaphone",
                        WealthRoles.READERS, 435),
                new NavigationItem("wealth.nav.section", "wealth.nav.education", "/wealth/education", "book",
                        WealthRoles.CATALOGUE_READERS, 440),
                new NavigationItem("wealth.nav.section", "wealth.nav.events", "/wealth/education/events",
                        "people", WealthRoles.READERS, 445));
    }
}
