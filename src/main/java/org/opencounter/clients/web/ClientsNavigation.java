package org.opencounter.clients.web;

import java.util.List;

import org.opencounter.platform.NavigationContributor;
import org.opencounter.platform.NavigationItem;
import org.springframework.stereotype.Component;

/** The clients module's entries in the side navigation. */
@Component
class ClientsNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem("clients.nav.section", "clients.nav.clients", "/clients", "people",
                        ClientRoles.READERS, 200),
                new NavigationItem("clients.nav.section", "clients.nav.onboarding", "/clients/new", "person-plus",
                        ClientRoles.ONBOARDERS, 210),
                new NavigationItem("clients.nav.section", "clients.nav.import", "/clients/import", "upload",
                        ClientRoles.ONBOARDERS, 215),
                new NavigationItem("clients.nav.section", "clients.nav.prospects", "/clients/prospects", "funnel",
                        ClientRoles.PROSPECTORS, 220),
                new NavigationItem("clients.nav.section", "clients.nav.followUps", "/clients/follow-ups",
                        "telephone-outbound", ClientRoles.FOLLOWERS, 230),
                new NavigationItem("clients.nav.section", "clients.nav.messages", "/clients/messages", "megaphone",
                        ClientRoles.MESSENGERS, 240),
                new NavigationItem("clients.nav.section", "clients.nav.ledgerCheck", "/clients/ledger-check",
                        "journal-check", ClientRoles.LEDGER_CHECKERS, 290));
    }
}
