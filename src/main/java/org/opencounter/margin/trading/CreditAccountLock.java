package org.opencounter.margin.trading;

import org.opencounter.clients.TradingAccounts;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.margin.credit.MarginContracts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a credit account for the counter's business: the contract, if the staff member may see its client, with the
 * client's trading lock held, the lock orders take too, so that no order freezes the same cash or shares meanwhile.
 */
@Component
class CreditAccountLock {

    private final MarginContracts contracts;
    private final TradingAccounts accounts;
    private final CreditCash cash;

    CreditAccountLock(MarginContracts contracts, TradingAccounts accounts, CreditCash cash) {
        this.contracts = contracts;
        this.accounts = accounts;
        this.cash = cash;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    MarginContract lock(long contractId) {
        MarginContract contract = contracts.visible(contractId);
        accounts.lockForTrading(contract.clientId());
        cash.open(contract.id());
        return contract;
    }
}
