package org.opencounter.clients.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opencounter.clients.client.ClientRepository;
import org.opencounter.clients.client.ClientStatus;
import org.opencounter.clients.ledger.LedgerCheck;
import org.opencounter.clients.ledger.LedgerCheckRun;
import org.opencounter.clients.prospect.ProspectRepository;
import org.opencounter.platform.DashboardCard;
import org.opencounter.platform.DashboardContributor;
import org.opencounter.platform.DisplayFormat;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Home-page figures for the staff who serve clients: the book, openings waiting, the prospects in play. */
@Component
class ClientsDashboard implements DashboardContributor {

    private final ClientRepository clients;
    private final ProspectRepository prospects;
    private final DisplayFormat format;
    private final LedgerCheck ledgerCheck;
    private final MessageSource messages;

    ClientsDashboard(ClientRepository clients, ProspectRepository prospects, DisplayFormat format,
                     LedgerCheck ledgerCheck, MessageSource messages) {
        this.clients = clients;
        this.ledgerCheck = ledgerCheck;
        this.messages = messages;
        this.prospects = prospects;
        this.format = format;
    }

    @Override
    public List<DashboardCard> cardsFor(StaffPrincipal staff) {
        if (ClientRoles.READERS.stream().noneMatch(staff::hasRole)) {
            return List.of();
        }
        Long scope = staff.scopedBranchId();
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
        if (ClientRoles.LEDGER_CHECKERS.stream().anyMatch(staff::hasRole)) {
            cards.add(ledgerCheckCard());
        }
        return cards;
    }

    private DashboardCard ledgerCheckCard() {
        Optional<LedgerCheckRun> latest = ledgerCheck.latest();
        String value = latest.map(run -> run.clean() ? message("clients.ledgerCheck.consistent")
                        : message("clients.ledgerCheck.breakCount", run.breaks().size()))
                .orElse(message("clients.ledgerCheck.notRun"));
        String tone = latest.map(run -> run.clean() ? "success" : "danger").orElse("secondary");
        return new DashboardCard("clients.dashboard.ledgerCheck", value, "/clients/ledger-check", "journal-check",
                tone, 290);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
