package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencounter.margin.MarginAccount;
import org.opencounter.margin.MarginRatios;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.margin.security.MarginSecurities;
import org.opencounter.market.LatestPrices;
import org.opencounter.market.Quote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a credit account's figures at the latest prices: its cash, the margin available (保证金可用余额) by the rule
 * in {@link MarginAccount}, the credit line left (financing and lending draw on the one line), and the financing
 * still owed. The shares a financing debt bought
 * count as financed (up to what is still held); the rest of a position is collateral.
 */
@Component
class CreditAccountFigures {

    /**
     * The figures; cash and line are what open orders have not frozen.
     *
     * @param lendingPrincipal what the open short sales brought in: cash that may only buy to return
     */
    public record Figures(BigDecimal balance, BigDecimal frozen, BigDecimal lineFrozen, BigDecimal marginAvailable,
                          BigDecimal lineAvailable, BigDecimal financedPrincipal, BigDecimal interest,
                          BigDecimal lendingPrincipal) {

        /** The cash short sales tie up, no more than the cash not frozen. */
        public BigDecimal shortProceeds() {
            return balance.subtract(frozen).min(lendingPrincipal).max(BigDecimal.ZERO);
        }

        /** The cash free to buy, move out or repay with. */
        public BigDecimal available() {
            return balance.subtract(frozen).subtract(shortProceeds());
        }

        public BigDecimal financingOwed() {
            return financedPrincipal.add(interest);
        }
    }

    private record Debt(String code, String kind, long quantity, BigDecimal principal, BigDecimal interest) {
    }

    private final JdbcClient jdbc;
    private final LatestPrices prices;
    private final MarginSecurities lists;

    CreditAccountFigures(JdbcClient jdbc, LatestPrices prices, MarginSecurities lists) {
        this.jdbc = jdbc;
        this.prices = prices;
        this.lists = lists;
    }

    Figures of(MarginContract contract) {
        record Cash(BigDecimal balance, BigDecimal frozen, BigDecimal lineFrozen) {
        }
        Cash cash = jdbc.sql("select balance, frozen, line_frozen from margin_credit_cash where contract_id = ?")
                .param(contract.id())
                .query((row, n) -> new Cash(row.getBigDecimal(1), row.getBigDecimal(2), row.getBigDecimal(3)))
                .optional().orElse(new Cash(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        Map<String, Long> held = jdbc.sql("select code, quantity from margin_credit_position"
                        + " where contract_id = ? and quantity > 0")
                .param(contract.id())
                .query((row, n) -> Map.entry(row.getString(1), row.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Debt> debts = jdbc.sql("select code, kind, quantity, principal, interest from margin_debt"
                        + " where contract_id = ? and status = 'OPEN'")
                .param(contract.id())
                .query((row, n) -> new Debt(row.getString(1), row.getString(2), row.getLong(3),
                        row.getBigDecimal(4), row.getBigDecimal(5)))
                .list();
        List<String> codes = new ArrayList<>(held.keySet());
        debts.forEach(debt -> codes.add(debt.code()));
        Map<String, BigDecimal> price = prices.quotes(codes).stream()
                .collect(Collectors.toMap(Quote::code, Quote::price, (a, b) -> a));
        Function<String, BigDecimal> priceOf = code -> price.getOrDefault(code, BigDecimal.ZERO);
        Map<String, BigDecimal> rates = new HashMap<>();
        Function<String, BigDecimal> rateOf = code -> rates.computeIfAbsent(code, lists::collateralRate);

        List<MarginAccount.Collateral> collateral = new ArrayList<>();
        List<MarginAccount.Financed> financed = new ArrayList<>();
        List<MarginAccount.Short> shorts = new ArrayList<>();
        BigDecimal financedPrincipal = BigDecimal.ZERO;
        BigDecimal lendingPrincipal = BigDecimal.ZERO;
        BigDecimal interest = BigDecimal.ZERO;
        Map<String, Long> financedShares = new HashMap<>();
        for (Debt debt : debts) {
            interest = interest.add(debt.interest());
            BigDecimal rate = rateOf.apply(debt.code());
            if (debt.kind().equals("FINANCING")) {
                financedPrincipal = financedPrincipal.add(debt.principal());
                long shares = Math.min(debt.quantity(), held.getOrDefault(debt.code(), 0L)
                        - financedShares.getOrDefault(debt.code(), 0L));
                financedShares.merge(debt.code(), shares, Long::sum);
                financed.add(new MarginAccount.Financed(value(priceOf.apply(debt.code()), shares), debt.principal(),
                        rate));
            } else {
                lendingPrincipal = lendingPrincipal.add(debt.principal());
                shorts.add(new MarginAccount.Short(debt.principal(), value(priceOf.apply(debt.code()),
                        debt.quantity()), rate));
            }
        }
        held.forEach((code, quantity) -> {
            long own = quantity - financedShares.getOrDefault(code, 0L);
            if (own > 0) {
                collateral.add(new MarginAccount.Collateral(value(priceOf.apply(code), own), rateOf.apply(code)));
            }
        });
        BigDecimal ratio = contract.financingMarginRatio();
        BigDecimal marginAvailable = new MarginAccount(cash.balance().subtract(cash.frozen()), collateral, financed,
                shorts, interest).marginAvailable(ratio, MarginRatios.lending())
                .subtract(cash.lineFrozen().multiply(ratio)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal lineAvailable = contract.creditLine().subtract(financedPrincipal).subtract(lendingPrincipal)
                .subtract(cash.lineFrozen())
                .max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        return new Figures(cash.balance(), cash.frozen(), cash.lineFrozen(), marginAvailable, lineAvailable,
                financedPrincipal, interest, lendingPrincipal);
    }

    private static BigDecimal value(BigDecimal price, long shares) {
        return price.multiply(BigDecimal.valueOf(shares)).setScale(2, RoundingMode.HALF_UP);
    }
}
