package org.opencounter.clients.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.opencounter.clients.CashBalances;
import org.opencounter.clients.CashMovement;
import org.opencounter.clients.InsufficientCash;
import org.opencounter.clients.TradeCash;
import org.opencounter.clients.TradeCashFlow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trading's cash in double entry. A freeze moves available to frozen; a purchase debits the frozen cash and owes
 * the value and passed-on fees to the clearing house and the commission to the firm's income; a sale is owed by
 * the clearing house and credits the client the proceeds less fees.
 */
@Service
class TradingCashLedger implements TradeCash {

    static final String CLEARING_CODE = "CSDC-CLEARING";
    static final String COMMISSION_CODE = "COMMISSION-INCOME";

    private final CashLedger ledger;
    private final Clock clock;

    TradingCashLedger(CashLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public CashBalances balances(long fundAccountId) {
        return ledger.balances(fundAccountId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void freeze(CashMovement movement) {
        CashLedger.ClientAccounts client = ledger.clientAccounts(movement.fundAccountId());
        if (movement.amount().compareTo(client.availableBalance()) > 0) {
            throw new InsufficientCash(client.availableBalance(), movement.amount());
        }
        post(JournalKind.ORDER_FREEZE, movement, List.of(
                CashLedger.Line.debit(client.available(), LedgerAccountKind.CLIENT_AVAILABLE, movement.amount()),
                CashLedger.Line.credit(client.frozen(), LedgerAccountKind.CLIENT_FROZEN, movement.amount())));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(CashMovement movement) {
        CashLedger.ClientAccounts client = ledger.clientAccounts(movement.fundAccountId());
        post(JournalKind.ORDER_RELEASE, movement, List.of(
                CashLedger.Line.debit(client.frozen(), LedgerAccountKind.CLIENT_FROZEN, movement.amount()),
                CashLedger.Line.credit(client.available(), LedgerAccountKind.CLIENT_AVAILABLE, movement.amount())));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void payPurchase(TradeCashFlow trade) {
        List<CashLedger.Line> lines = new ArrayList<>(List.of(
                CashLedger.Line.debit(ledger.clientAccounts(trade.fundAccountId()).frozen(),
                        LedgerAccountKind.CLIENT_FROZEN, trade.value().add(trade.fees())),
                CashLedger.Line.credit(firm(CLEARING_CODE, LedgerAccountKind.CLEARING), LedgerAccountKind.CLEARING,
                        trade.value().add(trade.passedOnFees()))));
        addCommission(lines, trade);
        post(JournalKind.TRADE_BUY, trade, lines);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void receiveSale(TradeCashFlow trade) {
        List<CashLedger.Line> lines = new ArrayList<>(List.of(
                CashLedger.Line.debit(firm(CLEARING_CODE, LedgerAccountKind.CLEARING), LedgerAccountKind.CLEARING,
                        trade.value().subtract(trade.passedOnFees()))));
        BigDecimal proceeds = trade.value().subtract(trade.fees());
        if (proceeds.signum() > 0) {
            long available = ledger.clientAccounts(trade.fundAccountId()).available();
            lines.add(CashLedger.Line.credit(available, LedgerAccountKind.CLIENT_AVAILABLE, proceeds));
        }
        addCommission(lines, trade);
        post(JournalKind.TRADE_SELL, trade, lines);
    }

    private void addCommission(List<CashLedger.Line> lines, TradeCashFlow trade) {
        if (trade.commission().signum() > 0) {
            lines.add(CashLedger.Line.credit(firm(COMMISSION_CODE, LedgerAccountKind.COMMISSION_INCOME),
                    LedgerAccountKind.COMMISSION_INCOME, trade.commission()));
        }
    }

    private void post(JournalKind kind, CashMovement movement, List<CashLedger.Line> lines) {
        ledger.post(CashLedger.Posting.of(kind, movement, clock.instant(), lines));
    }

    private void post(JournalKind kind, TradeCashFlow trade, List<CashLedger.Line> lines) {
        ledger.post(new CashLedger.Posting(kind, trade.fundAccountId(), trade.value(), trade.tradeDate(), trade.memo(),
                trade.key(), null, false, trade.by(), clock.instant(), lines));
    }

    private long firm(String code, LedgerAccountKind kind) {
        return ledger.firmAccount(code, kind);
    }
}
