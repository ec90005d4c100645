package org.opencounter.margin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The margin available example of the domain reference: cash 100,000 and collateral 200,000 at 70%. */
class MarginAccountTest {

    private static final BigDecimal FINANCING = MarginRatios.financing(LocalDate.of(2026, 3, 2));
    private static final MarginAccount.Collateral HELD = new MarginAccount.Collateral(new BigDecimal("200000"),
            new BigDecimal("0.70"));

    private static BigDecimal afterFinancedBuyWorth(String value) {
        return new MarginAccount(new BigDecimal("100000"), List.of(HELD),
                List.of(new MarginAccount.Financed(new BigDecimal(value), new BigDecimal("100000"),
                        new BigDecimal("0.65"))),
                List.of(), BigDecimal.ZERO).marginAvailable(FINANCING, MarginRatios.lending());
    }

    @Test
    void cashAndCollateralAtItsRate() {
        MarginAccount account = new MarginAccount(new BigDecimal("100000"), List.of(HELD), List.of(), List.of(),
                BigDecimal.ZERO);

        assertThat(account.marginAvailable(FINANCING, MarginRatios.lending())).isEqualByComparingTo("240000.00");
    }

    @Test
    void aFinancedBuyOf100000TakesItsMarginAtUnchangedPrices() {
        assertThat(afterFinancedBuyWorth("100000")).isEqualByComparingTo("140000.00");
    }

    @Test
    void aGainOnTheFinancedStockCountsAtItsRate() {
        assertThat(afterFinancedBuyWorth("120000")).isEqualByComparingTo("153000.00");
    }

    @Test
    void aLossOnTheFinancedStockCountsInFull() {
        assertThat(afterFinancedBuyWorth("90000")).isEqualByComparingTo("130000.00");
    }

    @Test
    void aContractOpenedBeforeTheJanuary2026NoticeKeeps80Percent() {
        BigDecimal old = MarginRatios.financing(LocalDate.of(2026, 1, 18));
        MarginAccount account = new MarginAccount(new BigDecimal("100000"), List.of(HELD),
                List.of(new MarginAccount.Financed(new BigDecimal("100000"), new BigDecimal("100000"),
                        new BigDecimal("0.65"))), List.of(), BigDecimal.ZERO);

        assertThat(old).isEqualByComparingTo("0.80");
        assertThat(MarginRatios.financing(LocalDate.of(2026, 1, 19))).isEqualByComparingTo("1.00");
        assertThat(account.marginAvailable(old, MarginRatios.lending())).isEqualByComparingTo("160000.00");
    }

    @Test
    void aShortSaleLocksItsProceedsAndItsMargin() {
        MarginAccount shortSeller = new MarginAccount(new BigDecimal("150000"), List.of(), List.of(),
                List.of(new MarginAccount.Short(new BigDecimal("50000"), new BigDecimal("40000"),
                        new BigDecimal("0.65"))), new BigDecimal("300"));

        // 150,000 + 10,000 × 65% − 50,000 − 40,000 × 100% − 300
        assertThat(shortSeller.marginAvailable(FINANCING, MarginRatios.lending())).isEqualByComparingTo("66200.00");
    }

    @Test
    void aLossOnAShortCountsInFull() {
        MarginAccount shortSeller = new MarginAccount(new BigDecimal("150000"), List.of(), List.of(),
                List.of(new MarginAccount.Short(new BigDecimal("50000"), new BigDecimal("60000"),
                        new BigDecimal("0.65"))), BigDecimal.ZERO);

        // 150,000 − 10,000 − 50,000 − 60,000
        assertThat(shortSeller.marginAvailable(FINANCING, MarginRatios.lending())).isEqualByComparingTo("30000.00");
    }
}
