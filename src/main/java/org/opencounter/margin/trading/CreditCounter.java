package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.opencounter.clients.TradingAccounts;
import org.opencounter.margin.MarginRefused;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.margin.credit.MarginContracts;
import org.opencounter.margin.debt.Repayment;
import org.opencounter.margin.monitor.CollateralValuation;
import org.opencounter.margin.monitor.ContractRatio;
import org.opencounter.margin.trading.CreditCash.Kind;
import org.opencounter.margin.trading.CreditCash.Movement;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counter's cash business on a credit account: collateral cash in from the client's bank (担保资金转入), out to it
 * (转出: no more than is available and keeps the ratio at or above 300%), and direct repayment of the financing debts
 * (直接还款, interest first, oldest first), and shares returned from the credit position to the lending debts
 * (直接还券). Each runs under the client's trading lock in one transaction, is audited,
 * and happens once per request key.
 */
@Service
public class CreditCounter {

    static final String ENTITY = "MarginContract";
    static final String FIELD = "amount";
    static final String SHARES = "quantity";

    private final MarginContracts contracts;
    private final TradingAccounts accounts;
    private final CreditCash cash;
    private final CreditAccountFigures figures;
    private final CreditRepayments repayments;
    private final CollateralValuation valuation;
    private final TradingCalendar calendar;
    private final AuditTrail audit;
    private final CreditPositions positions;
    private final CreditDebts debts;
    private final JdbcClient jdbc;
    private final Clock clock;

    CreditCounter(MarginContracts contracts, TradingAccounts accounts, CreditCash cash, CreditAccountFigures figures,
                  CreditRepayments repayments, CollateralValuation valuation, TradingCalendar calendar,
                  AuditTrail audit, CreditPositions positions, CreditDebts debts, JdbcClient jdbc, Clock clock) {
        this.positions = positions;
        this.debts = debts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.contracts = contracts;
        this.accounts = accounts;
        this.cash = cash;
        this.figures = figures;
        this.repayments = repayments;
        this.valuation = valuation;
        this.calendar = calendar;
        this.audit = audit;
    }

    @Transactional
    public void transferIn(long contractId, BigDecimal amount, String requestKey) {
        MarginContract contract = locked(contractId);
        if (!contract.live()) {
            throw new MarginRefused(null, "margin.account.notLive", contract.number());
        }
        book(contract, new Movement(contract.id(), Kind.TRANSFER_IN, CreditCashAccount.BANK,
                CreditCashAccount.AVAILABLE, amount, calendar.today(), "transfer-in:" + requestKey, "担保资金转入",
                by()), "margin.account.transferIn");
    }

    @Transactional
    public void transferOut(long contractId, BigDecimal amount, String requestKey) {
        MarginContract contract = locked(contractId);
        BigDecimal withdrawable = withdrawable(contract);
        if (amount.compareTo(withdrawable) > 0) {
            throw new MarginRefused(FIELD, "margin.account.transferOut.tooMuch", amount, withdrawable);
        }
        book(contract, new Movement(contract.id(), Kind.TRANSFER_OUT, CreditCashAccount.AVAILABLE,
                CreditCashAccount.BANK, amount, calendar.today(), "transfer-out:" + requestKey, "担保资金转出",
                by()), "margin.account.transferOut");
    }

    /** Answers how the amount was spread over the debts. */
    @Transactional
    public Repayment repay(long contractId, BigDecimal amount, String requestKey) {
        MarginContract contract = locked(contractId);
        CreditAccountFigures.Figures account = figures.of(contract);
        if (account.financingOwed().signum() == 0) {
            throw new MarginRefused(FIELD, "margin.account.repay.nothingOwed", contract.number());
        }
        if (amount.compareTo(account.financingOwed()) > 0) {
            throw new MarginRefused(FIELD, "margin.account.repay.moreThanOwed", amount, account.financingOwed());
        }
        if (amount.compareTo(account.available()) > 0) {
            throw new MarginRefused(FIELD, "margin.account.repay.notEnoughCash", amount, account.available());
        }
        Repayment repayment = repayments.repay(contract.id(), amount, calendar.today(), "repay:" + requestKey,
                "直接还款", by());
        if (!repayment.applied().isEmpty()) {
            audited(contract, "margin.account.repay", amount);
        }
        return repayment;
    }

    /**
     * Returns shares from the credit position to the lending debts in the security (直接还券), oldest debt first:
     * no more than are owed and no more than are sellable now.
     */
    @Transactional
    public void returnShares(long contractId, String code, long quantity, String requestKey) {
        MarginContract contract = locked(contractId);
        String reference = "return:" + requestKey;
        if (jdbc.sql("select exists (select 1 from margin_share_movement where reference = ?)").param(reference)
                .query(Boolean.class).single()) {
            return;
        }
        long owed = debts.sharesOwed(contract.id(), code);
        if (owed == 0) {
            throw new MarginRefused(SHARES, "margin.account.return.nothingOwed", code);
        }
        if (quantity > owed) {
            throw new MarginRefused(SHARES, "margin.account.return.moreThanOwed", quantity, owed);
        }
        long sellable = positions.held(contract.id(), code).sellable();
        if (quantity > sellable) {
            throw new MarginRefused(SHARES, "margin.account.return.notEnoughShares", quantity, sellable);
        }
        positions.takeOut(contract.id(), code, quantity);
        debts.returnShares(contract.id(), code, quantity);
        jdbc.sql("""
                        insert into margin_share_movement (contract_id, kind, code, quantity, reference, actor,
                            recorded_at)
                        values (?, 'DIRECT_RETURN', ?, ?, ?, ?, ?)""")
                .params(contract.id(), code, quantity, reference, by(), Timestamp.from(clock.instant())).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("contract", contract.number());
        after.put("code", code);
        after.put("quantity", quantity);
        audit.record(AuditRecord.change("margin.account.returnShares", ENTITY, contract.id(), null, after));
    }

    /** What may leave as cash now: the available cash, no more than keeps the ratio at or above 300%. */
    @Transactional(readOnly = true)
    public BigDecimal withdrawable(MarginContract contract) {
        BigDecimal available = figures.of(contract).available();
        return valuation.of(contract.id()).map(ContractRatio::withdrawable).map(available::min).orElse(available);
    }

    private MarginContract locked(long contractId) {
        MarginContract contract = contracts.visible(contractId);
        accounts.lockForTrading(contract.clientId());
        cash.open(contract.id());
        return contract;
    }

    private void book(MarginContract contract, Movement movement, String action) {
        if (cash.move(movement)) {
            audited(contract, action, movement.amount());
        }
    }

    private void audited(MarginContract contract, String action, BigDecimal amount) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("contract", contract.number());
        after.put("amount", amount);
        after.put("balance", figures.of(contract).balance());
        audit.record(AuditRecord.change(action, ENTITY, contract.id(), null, after));
    }

    private static String by() {
        return CurrentStaff.require().username();
    }
}
