package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.opencounter.margin.MarginRefused;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.margin.debt.Repayment;
import org.opencounter.margin.monitor.CollateralValuation;
import org.opencounter.margin.monitor.ContractRatio;
import org.opencounter.margin.trading.CreditCash.Kind;
import org.opencounter.margin.trading.CreditCash.Movement;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counter's cash business on a credit account: collateral cash in from the client's bank (担保资金转入), out to it
 * (转出: no more than is available and keeps the ratio at or above 300%), and direct repayment of the financing debts
 * (直接还款, interest first, oldest first). Each runs under the client's trading lock in one transaction, is audited,
 * and happens once per request key.
 */
@Service
public class CreditCounter {

    static final String ENTITY = "MarginContract";
    static final String FIELD = "amount";

    private final CreditAccountLock lock;
    private final CreditCash cash;
    private final CreditAccountFigures figures;
    private final CreditRepayments repayments;
    private final CollateralValuation valuation;
    private final TradingCalendar calendar;
    private final AuditTrail audit;

    CreditCounter(CreditAccountLock lock, CreditCash cash, CreditAccountFigures figures, CreditRepayments repayments,
                  CollateralValuation valuation, TradingCalendar calendar, AuditTrail audit) {
        this.lock = lock;
        this.cash = cash;
        this.figures = figures;
        this.repayments = repayments;
        this.valuation = valuation;
        this.calendar = calendar;
        this.audit = audit;
    }

    @Transactional
    public void transferIn(long contractId, BigDecimal amount, String requestKey) {
        MarginContract contract = lock.lock(contractId);
        if (!contract.live()) {
            throw new MarginRefused(null, "margin.account.notLive", contract.number());
        }
        book(contract, new Movement(contract.id(), Kind.TRANSFER_IN, CreditCashAccount.BANK,
                CreditCashAccount.AVAILABLE, amount, calendar.today(), "transfer-in:" + requestKey, "担保资金转入",
                by()), "margin.account.transferIn");
    }

    @Transactional
    public void transferOut(long contractId, BigDecimal amount, String requestKey) {
        MarginContract contract = lock.lock(contractId);
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
        MarginContract contract = lock.lock(contractId);
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

    /** What may leave as cash now: the available cash, no more than keeps the ratio at or above 300%. */
    @Transactional(readOnly = true)
    public BigDecimal withdrawable(MarginContract contract) {
        BigDecimal available = figures.of(contract).available();
        return valuation.of(contract.id()).map(ContractRatio::withdrawable).map(available::min).orElse(available);
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
        after.put("balance", cash.balance(contract.id()));
        audit.record(AuditRecord.change(action, ENTITY, contract.id(), null, after));
    }

    private static String by() {
        return CurrentStaff.require().username();
    }
}
