package org.opencounter.clients;

import java.util.Map;
import java.util.Set;

/**
 * A client as trading sees it: who, where, which accounts, in what standing, and with which board permissions.
 *
 * @param securitiesAccounts the client's securities account number per exchange code (SSE, SZSE)
 */
public record TradingAccount(long clientId, long branchId, String clientName, boolean institution,
                             boolean professional, boolean clientActive, long fundAccountId, String fundAccountNumber,
                             AccountStanding standing, Map<String, String> securitiesAccounts,
                             Set<TradingPermission> permissions) {

    public boolean mayTrade() {
        return clientActive && (standing == AccountStanding.ACTIVE || standing == AccountStanding.DORMANT);
    }
}
