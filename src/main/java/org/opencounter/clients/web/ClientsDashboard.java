package org.opencounter.clients.web;

import java.util.ArrayList;
import java.util.List;

import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.ClientRepository;
import org.opencounter.clients.client.ClientStatus;
import org.opencounter.clients.prospect.ProspectRepository;
import org.opencounter.platform.DashboardCard;
import org.opencounter.platform.DashboardContributor;
import org.opencounter.platform.DisplayFormat;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.stereotype.Component;

/** Home-page figures for the staff who serve clients: the book, openings waiting, the prospects in play. */
@Component
class ClientsDashboard implements DashboardContributor {

    private final ClientRepository clients;
    private final ProspectRepository prospects;
    private final DisplayFormat format;

    ClientsDashboard(ClientRepository clients, ProspectRepository prospects, DisplayFormat format) {
        this.clients = clients;
        this.prospects = prospects;
        this.format = format;
    }

    @Override
    public List<DashboardCard> cardsFor(StaffPrincipal staff) {
        if (ClientRoles.READERS.stream().noneMatch(staff::hasRole)) {
            return List.of();
        }
        Long scope = ClientAccess.scopeOf(staff);
        Long owner = staff.hasRole(Role.ACCOUNT_MANAGER) ? staff.id() : null;
        List<DashboardCard> cards = new ArrayList<>();
        cards.add(new DashboardCard(owner != null ? "clients.dashboard.myClients" : "clients.dashboard.clients",
                format.number(clients.countIn(scope, owner, ClientStatus.ACTIVE)),
                owner != null ? "/clients?status=ACTIVE&owner=" + owner : "/clients?status=ACTIVE", "people",
                "primary", 200));
        cards.add(new DashboardCard("clients.dashboard.pending", format.number(clients.countIn(scope, null,
                ClientStatus.PENDING)), "/clients?status=PENDING", "hourglass-split", "warning", 210));
        if (ClientRoles.PROSPECTORS.stream().anyMatch(staff::hasRole)) {
            cards.add(new DashboardCard("clients.dashboard.prospects", format.number(prospects.countOpen(scope, owner)),
                    "/clients/prospects", "funnel", "success", 220));
        }
        return cards;
    }
}
