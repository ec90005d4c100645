package org.opencounter.margin.liquidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.opencounter.margin.LiquidationPlan;
import org.opencounter.margin.trading.CreditAccountView;
import org.opencounter.market.Instrument;
import org.opencounter.market.LatestPrices;
import org.opencounter.market.PriceBand;
import org.opencounter.market.PriceLimits;
import org.opencounter.market.Quote;
import org.opencounter.market.Securities;
import org.opencounter.market.TradingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The credit account's securities as a liquidation plan sees them: what may be sold now (held, not frozen, not
 * bought today), the lot, the latest price, the last day's turnover for liquidity, and whether the security is at its
 * limit-down price or suspended.
 */
@Component
class LiquidationCandidates {

    private final CreditAccountView accounts;
    private final Securities securities;
    private final LatestPrices prices;
    private final PriceLimits limits;
    private final TradingCalendar calendar;
    private final JdbcClient jdbc;

    LiquidationCandidates(CreditAccountView accounts, Securities securities, LatestPrices prices, PriceLimits limits,
                          TradingCalendar calendar, JdbcClient jdbc) {
        this.accounts = accounts;
        this.securities = securities;
        this.prices = prices;
        this.limits = limits;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    /** The candidates, each priced at the fraction of its latest price a forced sale is expected to get. */
    List<LiquidationPlan.Candidate> of(long contractId, BigDecimal prudence) {
        return accounts.holdings(contractId).stream().map(held -> {
            Instrument instrument = securities.find(held.code()).orElseThrow();
            Optional<Quote> quote = prices.quote(held.code());
            BigDecimal price = quote.map(Quote::price).orElse(BigDecimal.ZERO).multiply(prudence)
                    .setScale(4, RoundingMode.DOWN);
            return new LiquidationPlan.Candidate(held.code(), held.sellable(), instrument.lotSize(), price,
                    turnover(held.code()), atLimitDown(held.code(), quote), instrument.suspended());
        }).toList();
    }

    /**
     * The shares the contract's lending debts owe, by security, each priced at the given multiple of its latest price
     * (a forced buy-back meets the asks above it), on the tick and within the day's band.
     */
    List<LiquidationPlan.Owed> owed(long contractId, BigDecimal prudence) {
        java.util.Map<String, Long> owed = new java.util.TreeMap<>();
        accounts.openDebts(contractId).stream().filter(debt -> debt.kind().equals("LENDING"))
                .forEach(debt -> owed.merge(debt.code(), debt.quantity(), Long::sum));
        return owed.entrySet().stream().map(entry -> {
            Instrument instrument = securities.find(entry.getKey()).orElseThrow();
            Optional<Quote> quote = prices.quote(entry.getKey());
            BigDecimal latest = quote.map(Quote::price).orElse(BigDecimal.ZERO);
            BigDecimal price = latest.multiply(prudence).setScale(instrument.priceScale(), RoundingMode.UP);
            PriceBand band = band(entry.getKey(), quote);
            return new LiquidationPlan.Owed(entry.getKey(), entry.getValue(), instrument.lotSize(),
                    band.limited() ? price.min(band.upper()) : price, latest);
        }).toList();
    }

    /** The price a forced sale is entered at: the day's limit-down price, so it meets every bid; else the latest. */
    BigDecimal salePrice(String code, BigDecimal latest) {
        PriceBand band = band(code, prices.quote(code));
        return band.limited() ? band.lower() : latest;
    }

    private boolean atLimitDown(String code, Optional<Quote> quote) {
        PriceBand band = band(code, quote);
        return quote.isPresent() && band.limited() && quote.get().price().compareTo(band.lower()) <= 0;
    }

    private PriceBand band(String code, Optional<Quote> quote) {
        return quote.map(q -> limits.bandOn(code, q.previousCloseOn(calendar.today()), calendar.today()))
                .orElse(PriceBand.UNLIMITED);
    }

    /** The turnover of the security's latest trading day: how much of it the market can take. */
    private BigDecimal turnover(String code) {
        return jdbc.sql("select turnover from market_daily_bar where code = ? order by trade_date desc limit 1")
                .param(code).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }
}
