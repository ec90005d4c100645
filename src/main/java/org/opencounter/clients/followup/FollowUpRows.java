package org.opencounter.clients.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientRepository;
import org.opencounter.platform.Organisation;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** Dresses a page of follow-ups with client and owner names in two look-ups, not one per row. */
@Component
public class FollowUpRows {

    private final ClientRepository clients;
    private final Organisation organisation;
    private final Clock clock;

    FollowUpRows(ClientRepository clients, Organisation organisation, Clock clock) {
        this.clients = clients;
        this.organisation = organisation;
        this.clock = clock;
    }

    public Page<FollowUpRow> of(Page<FollowUp> page) {
        Map<Long, String> clientNames = clients.findAllById(page.map(FollowUp::getClientId).toSet()).stream()
                .collect(Collectors.toMap(Client::getId, Client::getName));
        Map<Long, String> owners = organisation.displayNames(page.map(FollowUp::getOwnerId).toSet());
        LocalDate today = LocalDate.now(clock);
        return page.map(f -> new FollowUpRow(f, clientNames.get(f.getClientId()), owners.get(f.getOwnerId()),
                f.overdueOn(today)));
    }
}
