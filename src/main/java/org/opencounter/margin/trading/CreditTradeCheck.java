package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.opencounter.margin.security.MarginSecurities;
import org.opencounter.margin.security.MarginSecurity;
import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.CreditStanding;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.opencounter.platform.DisplayFormat;
import org.springframework.stereotype.Component;

/**
 * The margin rules a credit order must meet (信用交易前端控制): a financing buy needs an active contract, a security
 * on the financing list, credit line for its amount and margin available (保证金可用余额) for the amount at the
 * contract's financing margin ratio; a collateral buy needs a security that counts as collateral; a sell to repay needs
 * a financing debt to repay. Cash and shares are the orders module's own checks, on the credit account's figures.
 */
@Component
class CreditTradeCheck implements PreTradeCheck {

    private static final DisplayFormat FORMAT = new DisplayFormat();

    private final MarginSecurities lists;

    CreditTradeCheck(MarginSecurities lists) {
        this.lists = lists;
    }

    @Override
    public String code() {
        return "MARGIN";
    }

    @Override
    public int position() {
        return 650;
    }

    @Override
    public boolean appliesTo(OrderTicket ticket) {
        return ticket.onCredit();
    }

    @Override
    public CheckVerdict check(OrderTicket ticket) {
        CreditStanding credit = ticket.credit();
        if (credit == null) {
            return CheckVerdict.pass();
        }
        String code = ticket.instrument().code();
        return switch (ticket.creditTrade()) {
            case FINANCING_BUY -> financing(ticket, credit, code);
            case COLLATERAL_BUY -> lists.collateralRate(code).signum() > 0 ? CheckVerdict.pass()
                    : CheckVerdict.reject("margin.trade.check.notCollateral", code);
            case SELL_TO_REPAY -> credit.financingOwed().signum() > 0 ? CheckVerdict.pass()
                    : CheckVerdict.reject("margin.trade.check.nothingToRepay", credit.contractNumber());
            case COLLATERAL_SELL -> CheckVerdict.pass();
        };
    }

    private CheckVerdict financing(OrderTicket ticket, CreditStanding credit, String code) {
        if (!credit.active()) {
            return CheckVerdict.reject("margin.trade.check.contractSuspended", credit.contractNumber());
        }
        if (!lists.find(code).map(MarginSecurity::financingTarget).orElse(false)) {
            return CheckVerdict.reject("margin.trade.check.notFinancingTarget", code);
        }
        BigDecimal amount = ticket.cashToFreeze();
        if (amount == null) {
            return CheckVerdict.pass();
        }
        if (amount.compareTo(credit.lineAvailable()) > 0) {
            return CheckVerdict.reject("margin.trade.check.line", amount, credit.lineAvailable());
        }
        BigDecimal margin = amount.multiply(credit.financingRatio()).setScale(2, RoundingMode.HALF_UP);
        if (margin.compareTo(credit.marginAvailable()) > 0) {
            return CheckVerdict.reject("margin.trade.check.marginAvailable", margin, credit.marginAvailable(),
                    FORMAT.rate(credit.financingRatio()));
        }
        return CheckVerdict.pass();
    }
}
