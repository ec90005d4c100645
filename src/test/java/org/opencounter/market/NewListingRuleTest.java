package org.opencounter.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewListingRuleTest {

    @ParameterizedTest(name = "{0} {1} on trading day {2}: unlimited = {3}")
    @CsvSource({
            "STOCK, STAR, 1, true", "STOCK, STAR, 5, true", "STOCK, STAR, 6, false",
            "STOCK, CHINEXT, 5, true", "STOCK, CHINEXT, 6, false",
            "STOCK, MAIN, 5, true", "STOCK, MAIN, 6, false",
            "STOCK, BSE, 1, true", "STOCK, BSE, 2, false",
            "ETF, MAIN, 1, false", "LOF, MAIN, 1, false",
            "STOCK, MAIN, 0, false"})
    void firstFiveTradingDaysTradeWithoutLimitOneOnTheBse(SecurityType type, Board board, long day, boolean unlimited) {
        assertThat(NewListingRule.unlimited(type, board, day)).isEqualTo(unlimited);
    }
}
