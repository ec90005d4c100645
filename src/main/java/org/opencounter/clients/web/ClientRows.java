package org.opencounter.clients.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.FundAccount;
import org.opencounter.clients.client.FundAccountRepository;
import org.opencounter.platform.BranchInfo;
import org.opencounter.platform.Organisation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dresses clients with their fund account, owner and branch names in three look-ups, not one per row. */
@Component
class ClientRows {

    private final FundAccountRepository fundAccounts;
    private final Organisation organisation;

    ClientRows(FundAccountRepository fundAccounts, Organisation organisation) {
        this.fundAccounts = fundAccounts;
        this.organisation = organisation;
    }

    List<ClientRow> of(List<Client> clients) {
        Set<Long> ids = clients.stream().map(Client::getId).collect(Collectors.toSet());
        Map<Long, String> accounts = ids.isEmpty() ? Map.of() : fundAccounts.findByClientIdIn(ids).stream()
                .collect(Collectors.toMap(FundAccount::getClientId, FundAccount::getAccountNumber));
        Map<Long, String> owners = organisation.displayNames(clients.stream().map(Client::getOwnerId)
                .collect(Collectors.toSet()));
        Map<Long, BranchInfo> branches = organisation.branches().stream()
                .collect(Collectors.toMap(BranchInfo::id, Function.identity()));
        return clients.stream().map(client -> new ClientRow(client, accounts.get(client.getId()),
                owners.get(client.getOwnerId()), Optional.ofNullable(branches.get(client.getBranchId()))
                .map(b -> b.displayName(LocaleContextHolder.getLocale())).orElse(""))).toList();
    }
}
