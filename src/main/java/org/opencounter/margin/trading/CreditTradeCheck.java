package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.opencounter.margin.MarginRatios;
import org.opencounter.margin.security.MarginSecurities;
import org.opencounter.margin.security.MarginSecurity;
import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.CreditStanding;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.opencounter.platform.DisplayFormat;
import org.springframework.stereotype.Component;

/**
 * The margin rules a credit order must meet (信用交易前端控制): a financing buy needs an active contract, a security on the
 * financing list whose financing buys are not halted for concentration, credit line for its amount and margin available
 * (保证金可用余额) for the amount at the contract's financing margin ratio; a collateral buy needs a security that counts as
 * collateral; a sell to repay needs a financing debt to repay; a buy to return no more shares than are owed; a short
 * sell as below. Cash and shares are the orders module's own checks, on the credit account's figures.
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
            case SHORT_SELL -> shortSale(ticket, credit, code);
            case BUY_TO_RETURN -> ticket.quantity() <= credit.sharesOwed() ? CheckVerdict.pass()
                    : CheckVerdict.reject("margin.trade.check.moreThanOwed", ticket.quantity(), credit.sharesOwed());
        };
    }

    /**
     * A short sell needs an active contract, a lending target, shares in the lending pool, a limit price no lower than
     * the latest price (the previous close before the first trade), line for its value and margin available for its
     * value at the lending margin ratio.
     */
    private CheckVerdict shortSale(OrderTicket ticket, CreditStanding credit, String code) {
        if (!credit.active()) {
            return CheckVerdict.reject("margin.trade.check.contractSuspended", credit.contractNumber());
        }
        if (!lists.find(code).map(MarginSecurity::lendingTarget).orElse(false)) {
            return CheckVerdict.reject("margin.trade.check.notLendingTarget", code);
        }
        if (ticket.type().market() || ticket.price() == null) {
            return CheckVerdict.reject("margin.trade.check.shortMarketOrder");
        }
        if (ticket.quote() != null && ticket.price().compareTo(ticket.quote().price()) < 0) {
            return CheckVerdict.reject("margin.trade.check.shortPrice", ticket.price(),
                    ticket.quote().price().setScale(ticket.instrument().priceScale(), RoundingMode.HALF_UP));
        }
        if (ticket.quantity() > credit.lendable()) {
            return CheckVerdict.reject("margin.trade.check.pool", ticket.quantity(), credit.lendable());
        }
        return drawOn(ticket.value(), credit, MarginRatios.lending());
    }

    private CheckVerdict financing(OrderTicket ticket, CreditStanding credit, String code) {
        if (!credit.active()) {
            return CheckVerdict.reject("margin.trade.check.contractSuspended", credit.contractNumber());
        }
        Optional<MarginSecurity> entry = lists.find(code);
        if (!entry.map(MarginSecurity::financingTarget).orElse(false)) {
            return CheckVerdict.reject("margin.trade.check.notFinancingTarget", code);
        }
        if (entry.get().financingHalted()) {
            return CheckVerdict.reject("margin.trade.check.concentration", code,
                    FORMAT.rate(entry.get().concentration() == null ? BigDecimal.ZERO : entry.get().concentration()));
        }
        return drawOn(ticket.cashToFreeze(), credit, credit.financingRatio());
    }

    /** Credit drawn needs the line for the amount and margin available for the amount at the margin ratio. */
    private static CheckVerdict drawOn(BigDecimal amount, CreditStanding credit, BigDecimal ratio) {
        if (amount == null) {
            return CheckVerdict.pass();
        }
        if (amount.compareTo(credit.lineAvailable()) > 0) {
            return CheckVerdict.reject("margin.trade.check.line", amount, credit.lineAvailable());
        }
        BigDecimal margin = amount.multiply(ratio).setScale(2, RoundingMode.HALF_UP);
        if (margin.compareTo(credit.marginAvailable()) > 0) {
            return CheckVerdict.reject("margin.trade.check.marginAvailable", margin, credit.marginAvailable(),
                    FORMAT.rate(ratio));
        }
        return CheckVerdict.pass();
    }
}
