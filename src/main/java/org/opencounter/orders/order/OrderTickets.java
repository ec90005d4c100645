package org.opencounter.orders.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import org.opencounter.clients.CashBalances;
import org.opencounter.clients.TradeCash;
import org.opencounter.clients.TradingAccount;
import org.opencounter.market.Instrument;
import org.opencounter.market.LatestPrices;
import org.opencounter.market.PriceBand;
import org.opencounter.market.PriceLimits;
import org.opencounter.market.Quote;
import org.opencounter.orders.CreditAccounts;
import org.opencounter.orders.CreditStanding;
import org.opencounter.orders.CreditTrade;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.OrderType;
import org.opencounter.orders.PlaceOrder;
import org.opencounter.orders.Side;
import org.opencounter.orders.fee.ClientFees;
import org.opencounter.orders.position.Position;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Works out what the checks need to judge an order: prices, band, session, cash, shares and the estimated fees; for a
 * credit order, the cash and shares of the client's credit account.
 */
@Component
public class OrderTickets {

    private final LatestPrices prices;
    private final PriceLimits limits;
    private final TradingSession session;
    private final TradeCash cash;
    private final ClientFees fees;

    private final ObjectProvider<CreditAccounts> creditAccounts;

    OrderTickets(LatestPrices prices, PriceLimits limits, TradingSession session, TradeCash cash, ClientFees fees,
                 ObjectProvider<CreditAccounts> creditAccounts) {
        this.creditAccounts = creditAccounts;
        this.prices = prices;
        this.limits = limits;
        this.session = session;
        this.cash = cash;
        this.fees = fees;
    }

    public OrderTicket ticket(TradingAccount account, Instrument instrument, PlaceOrder request,
                              Optional<Position> position) {
        LocalDate tradeDate = session.tradeDate();
        Optional<Quote> quote = prices.quote(instrument.code());
        PriceBand band = quote.map(q -> limits.bandOn(instrument.code(), q.previousCloseOn(tradeDate), tradeDate))
                .orElse(PriceBand.UNLIMITED);
        BigDecimal freezePrice = freezePrice(instrument, request, band, quote);
        BigDecimal value = freezePrice == null ? null
                : freezePrice.multiply(BigDecimal.valueOf(request.quantity())).setScale(2, RoundingMode.HALF_UP);
        BigDecimal estimatedFees = value == null ? BigDecimal.ZERO.setScale(2)
                : fees.forClient(account.clientId(), tradeDate).ofOrder(request.side(), value).total();
        if (request.credit() != null) {
            CreditAccounts accounts = creditAccounts.getIfAvailable();
            CreditStanding credit = accounts == null ? null
                    : accounts.standing(account.clientId(), instrument.code()).orElse(null);
            return new OrderTicket(account, instrument, request.side(), request.type(), request.quantity(),
                    request.price(), freezePrice, value, estimatedFees, tradeDate, session.phase(), band,
                    quote.orElse(null), credit == null ? CashBalances.NONE : cashFor(request.credit(), credit),
                    credit == null ? 0 : credit.heldShares(), credit == null ? 0 : credit.sellableShares(),
                    request.credit(), credit);
        }
        long held = position.map(Position::getQuantity).orElse(0L);
        long sellable = position.map(Position::sellable).orElse(0L);
        return new OrderTicket(account, instrument, request.side(), request.type(), request.quantity(),
                request.price(), freezePrice, value, estimatedFees, tradeDate, session.phase(), band,
                quote.orElse(null), cash.balances(account.fundAccountId()), held, sellable, null, null);
    }

    /** A buy to return may also spend what the short sales brought in; every other credit order only free cash. */
    private static CashBalances cashFor(CreditTrade trade, CreditStanding credit) {
        CashBalances cash = credit.cash();
        return trade == CreditTrade.BUY_TO_RETURN
                ? new CashBalances(cash.available().add(credit.shortProceeds()), cash.frozen(), cash.withdrawable())
                : cash;
    }

    /**
     * The price an order's value is estimated at: a limit or protection price as given; a market buy at the day's
     * upper limit (what it could pay at most); a market sell at the latest price.
     */
    static BigDecimal freezePrice(Instrument instrument, PlaceOrder request, PriceBand band, Optional<Quote> quote) {
        OrderType type = request.type();
        if (!type.market() || type.needsProtectionPrice(instrument.board())) {
            return request.price() == null || request.price().signum() <= 0 ? null : request.price();
        }
        if (request.side() == Side.BUY) {
            return band.limited() ? band.upper() : null;
        }
        return quote.map(Quote::price).orElse(null);
    }
}
