package org.opencounter.margin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The domain reference's call example: cash 50,000, 10,000 shares now at 33.00 (330,000), financed 300,000, interest
 * 2,000: 125.83%, and selling 146,000 of securities to repay restores 150%, fees aside.
 */
class LiquidationPlanTest {

    private static final BigDecimal TARGET = new BigDecimal("1.50");
    private static final CollateralPosition CALLED = new CollateralPosition(new BigDecimal("50000.00"),
            new BigDecimal("330000.00"), new BigDecimal("300000.00"), BigDecimal.ZERO, new BigDecimal("2000.00"));
    private static final LiquidationPlan.SaleFees NO_FEES = value -> BigDecimal.ZERO;
    /** Commission 0.025% (at least 5.00), stamp duty 0.05%, transfer fee 0.001%, each to the cent. */
    private static final LiquidationPlan.SaleFees DOMAIN_FEES = value ->
            value.multiply(new BigDecimal("0.00025")).max(new BigDecimal("5")).setScale(2, RoundingMode.HALF_UP)
                    .add(value.multiply(new BigDecimal("0.0005")).setScale(2, RoundingMode.HALF_UP))
                    .add(value.multiply(new BigDecimal("0.00001")).setScale(2, RoundingMode.HALF_UP));

    /** A buy pays commission 0.025% (at least 5.00) and transfer fee 0.001%, no stamp duty. */
    private static final LiquidationPlan.SaleFees BUY_FEES = value ->
            value.multiply(new BigDecimal("0.00025")).max(new BigDecimal("5")).setScale(2, RoundingMode.HALF_UP)
                    .add(value.multiply(new BigDecimal("0.00001")).setScale(2, RoundingMode.HALF_UP));

    private static LiquidationPlan.Candidate held(String code, long shares, String price, String turnover) {
        return new LiquidationPlan.Candidate(code, shares, 100, new BigDecimal(price), new BigDecimal(turnover),
                false, false);
    }

    @Test
    void salesOfWholeLotsRestoreTheTargetWhenNoCashIsAvailable() {
        LiquidationPlan plan = LiquidationPlan.restore(CALLED, BigDecimal.ZERO, TARGET,
                List.of(held("601988", 10000, "33.00", "1000000000")), NO_FEES);

        // 146,000 / 33.00 = 4,424.24 shares: 45 lots, 148,500.00
        assertThat(plan.cashRepayment()).isEqualByComparingTo("0.00");
        assertThat(plan.sales()).singleElement().satisfies(sale -> {
            assertThat(sale.quantity()).isEqualTo(4500);
            assertThat(sale.value()).isEqualByComparingTo("148500.00");
        });
        // 231,500 / 153,500
        assertThat(plan.after().ratio()).isEqualByComparingTo("1.5081");
        assertThat(plan.restoresTarget()).isTrue();
    }

    @Test
    void oneLotFewerWouldNotRestoreTheTarget() {
        CollateralPosition afterFortyFourLots = new CollateralPosition(new BigDecimal("50000.00"),
                new BigDecimal("184800.00"), new BigDecimal("156800.00"), BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(afterFortyFourLots.ratio()).isEqualByComparingTo("1.4974");
    }

    @Test
    void theAvailableCashRepaysFirstInterestBeforePrincipal() {
        LiquidationPlan plan = LiquidationPlan.restore(CALLED, new BigDecimal("50000.00"), TARGET,
                List.of(held("601988", 10000, "33.00", "1000000000")), NO_FEES);

        // after the cash: 330,000 / 252,000 = 130.95%; 96,000 more to sell: 2,909.09 shares, 30 lots
        assertThat(plan.cashRepayment()).isEqualByComparingTo("50000.00");
        assertThat(plan.sales()).singleElement().satisfies(sale -> assertThat(sale.quantity()).isEqualTo(3000));
        assertThat(plan.after().interestAndFees()).isEqualByComparingTo("0.00");
        assertThat(plan.after().financed()).isEqualByComparingTo("153000.00");
        assertThat(plan.after().ratio()).isEqualByComparingTo("1.5098");
    }

    @Test
    void feesAreCoveredByTheSales() {
        LiquidationPlan plan = LiquidationPlan.restore(CALLED, BigDecimal.ZERO, TARGET,
                List.of(held("601988", 10000, "33.00", "1000000000")), DOMAIN_FEES);

        // 148,500.00 pays commission 37.13, stamp duty 74.25 and transfer fee 1.49
        assertThat(plan.sales()).singleElement().satisfies(sale -> {
            assertThat(sale.quantity()).isEqualTo(4500);
            assertThat(sale.fees()).isEqualByComparingTo("112.87");
        });
        assertThat(plan.expectedProceeds()).isEqualByComparingTo("148387.13");
        assertThat(plan.after().ratio()).isGreaterThanOrEqualTo(TARGET);
    }

    @Test
    void theMostLiquidSecuritiesSellFirstAndNoneAtItsLimitDown() {
        List<LiquidationPlan.Candidate> held = List.of(
                new LiquidationPlan.Candidate("600000", 10000, 100, new BigDecimal("11.00"),
                        new BigDecimal("9000000000"), true, false),
                held("600036", 3000, "11.00", "500000000"),
                held("601988", 4000, "11.00", "800000000"));
        CollateralPosition position = new CollateralPosition(BigDecimal.ZERO, new BigDecimal("198000.00"),
                new BigDecimal("150000.00"), BigDecimal.ZERO, BigDecimal.ZERO);

        // 132.00%: (225,000 − 198,000) / 0.5 = 54,000 to sell: all 4,000 of 601988 (44,000), then 10,000 of 600036
        // in whole lots (9 lots would leave 144,100 / 96,100 = 149.95%)
        LiquidationPlan plan = LiquidationPlan.restore(position, BigDecimal.ZERO, TARGET, held, NO_FEES);

        assertThat(plan.sales()).extracting(LiquidationPlan.Sale::code, LiquidationPlan.Sale::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("601988", 4000L),
                        org.assertj.core.groups.Tuple.tuple("600036", 1000L));
        assertThat(plan.restoresTarget()).isTrue();
    }

    @Test
    void anOddLotSellsOnlyToCloseTheHoldingAndAPlanCanFallShort() {
        LiquidationPlan plan = LiquidationPlan.restore(CALLED, BigDecimal.ZERO, TARGET,
                List.of(held("601988", 1050, "33.00", "1000000000")), NO_FEES);

        assertThat(plan.sales()).singleElement().satisfies(sale -> assertThat(sale.quantity()).isEqualTo(1050));
        assertThat(plan.restoresTarget()).isFalse();
    }

    @Test
    void aContractBackAtTheTargetAfterItsCashSellsNothing() {
        CollateralPosition position = new CollateralPosition(new BigDecimal("100000.00"),
                new BigDecimal("200000.00"), new BigDecimal("200000.00"), BigDecimal.ZERO, BigDecimal.ZERO);
        // 150.00% exactly once 100,000 repays: 200,000 / 100,000 = 200%
        LiquidationPlan plan = LiquidationPlan.restore(position, new BigDecimal("100000.00"), TARGET,
                List.of(held("601988", 10000, "20.00", "1")), NO_FEES);

        assertThat(plan.sales()).isEmpty();
        assertThat(plan.after().ratio()).isEqualByComparingTo("2.0000");
    }

    @Test
    void whatShortSalesBroughtInBuysTheBorrowedSharesBackFirst() {
        // cash 100,000 of which 95,000 came from short sales; 1,000 shares owed, now at 95.00: 105.26%
        CollateralPosition shortSqueezed = new CollateralPosition(new BigDecimal("100000.00"), BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("95000.00"), BigDecimal.ZERO);
        assertThat(shortSqueezed.ratio()).isEqualByComparingTo("1.0526");

        LiquidationPlan plan = LiquidationPlan.restore(shortSqueezed, new BigDecimal("5000.00"),
                new BigDecimal("95000.00"), List.of(new LiquidationPlan.Owed("600036", 1000, 100,
                        new BigDecimal("95.00"), new BigDecimal("95.00"))), TARGET, List.of(), NO_FEES, BUY_FEES);

        // all 1,000 would cost 95,000.00 plus fees, more than the proceeds: 900 shares, 85,500.00 + 22.24
        assertThat(plan.buyBacks()).singleElement().satisfies(buyBack -> {
            assertThat(buyBack.quantity()).isEqualTo(900);
            assertThat(buyBack.cost()).isEqualByComparingTo("85522.24");
        });
        // 14,477.76 / 9,500.00
        assertThat(plan.after().ratio()).isEqualByComparingTo("1.5240");
        assertThat(plan.restoresTarget()).isTrue();
    }
}
