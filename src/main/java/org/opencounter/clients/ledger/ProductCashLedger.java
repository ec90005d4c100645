package org.opencounter.clients.ledger;

import java.time.Clock;
import java.util.List;

import org.opencounter.clients.CashMovement;
import org.opencounter.clients.InsufficientCash;
import org.opencounter.clients.ProductCash;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Product sales' postings, each balanced: a subscription debits the client's available cash and credits the product
 * settlement account (owed on to the product's manager); a redemption the other way round.
 */
@Service
class ProductCashLedger implements ProductCash {

    static final String PRODUCT_SETTLEMENT_CODE = "PRODUCT-SETTLEMENT";

    private final CashLedger ledger;
    private final Clock clock;

    ProductCashLedger(CashLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void paySubscription(CashMovement movement) {
        CashLedger.ClientAccounts client = ledger.clientAccounts(movement.fundAccountId());
        if (movement.amount().compareTo(client.availableBalance()) > 0) {
            throw new InsufficientCash(client.availableBalance(), movement.amount());
        }
        post(JournalKind.PRODUCT_SUBSCRIPTION, movement, List.of(
                CashLedger.Line.debit(client.available(), LedgerAccountKind.CLIENT_AVAILABLE, movement.amount()),
                CashLedger.Line.credit(settlement(), LedgerAccountKind.PRODUCT_SETTLEMENT, movement.amount())));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void receiveRedemption(CashMovement movement) {
        CashLedger.ClientAccounts client = ledger.clientAccounts(movement.fundAccountId());
        post(JournalKind.PRODUCT_REDEMPTION, movement, List.of(
                CashLedger.Line.debit(settlement(), LedgerAccountKind.PRODUCT_SETTLEMENT, movement.amount()),
                CashLedger.Line.credit(client.available(), LedgerAccountKind.CLIENT_AVAILABLE, movement.amount())));
    }

    private long settlement() {
        return ledger.firmAccount(PRODUCT_SETTLEMENT_CODE, LedgerAccountKind.PRODUCT_SETTLEMENT);
    }

    private void post(JournalKind kind, CashMovement movement, List<CashLedger.Line> lines) {
        ledger.post(CashLedger.Posting.of(kind, movement, clock.instant(), lines));
    }
}
