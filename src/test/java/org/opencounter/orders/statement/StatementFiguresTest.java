package org.opencounter.orders.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencounter.clients.AccountStanding;
import org.opencounter.clients.CashStatement;
import org.opencounter.clients.TradingAccount;
import org.opencounter.orders.Side;

/** The statement's sums with the worked numbers of the settlement example (600036, commission minimum 5 yuan). */
class StatementFiguresTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    // bought 1,000 at 10.00: commission 5.00 (the minimum), transfer fee 0.10, no stamp duty on purchases
    static final StatementTrade BUY = new StatementTrade(DAY, "600036", "招商银行", Side.BUY, 1000,
            new BigDecimal("10.0000"), new BigDecimal("10000.00"), new BigDecimal("5.00"), BigDecimal.ZERO.setScale(2),
            new BigDecimal("0.10"), BigDecimal.ZERO.setScale(2));
    // sold 200 at 9.99: commission 5.00, stamp duty 0.05% of 1,998.00 = 0.999 → 1.00, transfer fee 0.01998 → 0.02
    static final StatementTrade SELL = new StatementTrade(DAY, "600036", "招商银行", Side.SELL, 200,
            new BigDecimal("9.9900"), new BigDecimal("1998.00"), new BigDecimal("5.00"), new BigDecimal("1.00"),
            new BigDecimal("0.02"), BigDecimal.ZERO.setScale(2));

    @Test
    void aPurchasePaysItsAmountAndFeesAndASaleReceivesItsAmountLessFees() {
        assertThat(BUY.fees()).isEqualByComparingTo("5.10");
        assertThat(BUY.cashEffect()).isEqualByComparingTo("-10005.10");
        assertThat(SELL.fees()).isEqualByComparingTo("6.02");
        assertThat(SELL.cashEffect()).isEqualByComparingTo("1991.98");
    }

    @Test
    void positionsAreValuedAtTheCloseRoundedToTheFen() {
        StatementPosition held = new StatementPosition("600036", "招商银行", 1100, new BigDecimal("12705.1000"),
                new BigDecimal("10.015"));
        assertThat(held.marketValue()).isEqualByComparingTo("11016.50");
        assertThat(held.averageCost()).isEqualByComparingTo("11.5501");
        assertThat(held.unrealisedPnl()).isEqualByComparingTo("-1688.60");
    }

    @Test
    void aPositionWhoseCostIsUnknownHasNoProfitAndOneWithoutAPriceIsValuedAtCost() {
        StatementPosition costUnknown = new StatementPosition("600036", "招商银行", 100, null, new BigDecimal("10.00"));
        assertThat(costUnknown.unrealisedPnl()).isNull();
        assertThat(costUnknown.marketValue()).isEqualByComparingTo("1000.00");
        StatementPosition noPrice = new StatementPosition("600036", "招商银行", 100, new BigDecimal("950.00"), null);
        assertThat(noPrice.marketValue()).isEqualByComparingTo("950.00");
        assertThat(noPrice.unrealisedPnl()).isEqualByComparingTo("0.00");
    }

    @Test
    void theStatementSumsTradesFeesAndAssets() {
        CashStatement cash = new CashStatement(new BigDecimal("39994.90"), new BigDecimal("41986.88"),
                List.of(new CashStatement.Movement(DAY, "TRADE_SELL", "卖出", new BigDecimal("1991.98"),
                        new BigDecimal("41986.88"))));
        Statement statement = new Statement(StatementPeriod.day(DAY.minusDays(1), DAY), account(), "上海分公司", cash,
                List.of(BUY, SELL), DAY, List.of(new StatementPosition("600036", "招商银行", 1100,
                new BigDecimal("12705.10"), new BigDecimal("10.00"))), Instant.EPOCH);

        assertThat(statement.bought()).isEqualByComparingTo("10000.00");
        assertThat(statement.sold()).isEqualByComparingTo("1998.00");
        assertThat(statement.commissionAndLevies()).isEqualByComparingTo("10.00");
        assertThat(statement.stampDuty()).isEqualByComparingTo("1.00");
        assertThat(statement.transferFee()).isEqualByComparingTo("0.12");
        assertThat(statement.fees()).isEqualByComparingTo("11.12");
        assertThat(statement.marketValue()).isEqualByComparingTo("11000.00");
        assertThat(statement.totalAssets()).isEqualByComparingTo("52986.88");
        assertThat(cash.total("TRADE_SELL")).isEqualByComparingTo("1991.98");
        assertThat(cash.total("BANK_TRANSFER_IN")).isEqualByComparingTo("0.00");
    }

    @Test
    void aDailyStatementCoversTheDaysSinceThePreviousTradingDayAndAMonthMayStopAtItsLastSettledDay() {
        StatementPeriod monday = StatementPeriod.day(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30));
        assertThat(monday.from()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(monday.daily()).isTrue();
        assertThat(monday.partial()).isFalse();
        assertThat(monday.fileName("310000000001")).isEqualTo("statement-310000000001-2026-11-30.pdf");

        StatementPeriod november = StatementPeriod.month(YearMonth.of(2026, 11), DAY);
        assertThat(november.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(november.partial()).isTrue();
        assertThat(StatementPeriod.month(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 30)).partial()).isFalse();
        assertThat(november.fileName("310000000001")).isEqualTo("statement-310000000001-2026-11.pdf");
    }

    private static TradingAccount account() {
        return new TradingAccount(1, 1, "张三", false, false, true, 1, "310000000001", AccountStanding.ACTIVE,
                Map.of("SSE", "A380000001"), Set.of());
    }
}
