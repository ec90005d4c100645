package org.opencounter.market;

import org.opencounter.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencounter.market.price.DailyBarImport;
import org.opencounter.market.price.ImportOutcome;
import org.opencounter.market.price.ImportProblem;
import org.opencounter.market.price.PriceHistory;
import org.opencounter.market.security.Security;
import org.opencounter.market.security.SecurityRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Calendar, demo prices and the CSV import against a real PostgreSQL. */
@IntegrationTest
class MarketIntegrationTest {

    @Autowired
    TradingCalendar calendar;
    @Autowired
    SecurityRepository securities;
    @Autowired
    PriceHistory prices;
    @Autowired
    DailyBarImport importer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twentySixHasTwoHundredFortyTwoTradingDays() {
        long days = jdbc.sql("select count(*) from market_calendar_day where trading and extract(year from day) = 2026")
                .query(Long.class).single();
        assertThat(days).isEqualTo(242);
    }

    @Test
    void springFestivalIsSkippedByTPlusOne() {
        assertThat(calendar.next(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(calendar.plusTradingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void fridayPlusOneIsMonday() {
        assertThat(calendar.next(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void makeUpWorkingSaturdayIsNoTradingDay() {
        assertThat(calendar.isTradingDay(LocalDate.of(2026, 10, 10))).isFalse();
        assertThat(calendar.isTradingDay(LocalDate.of(2026, 10, 8))).isTrue();
    }

    @Test
    void onOrBeforeKeepsATradingDayAndStepsBackFromAHoliday() {
        assertThat(calendar.onOrBefore(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(calendar.onOrBefore(LocalDate.of(2026, 10, 7))).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void previousCrossesTheYear() {
        assertThat(calendar.previous(LocalDate.of(2026, 1, 5))).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void theTwentyTradingDaysBeforeADaySkipTheHolidayOldestFirst() {
        List<LocalDate> days = calendar.tradingDaysBefore(LocalDate.of(2026, 10, 12), 20);
        assertThat(days).hasSize(20).doesNotContain(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 10))
                .startsWith(LocalDate.of(2026, 9, 4)).endsWith(LocalDate.of(2026, 10, 9));
        assertThat(calendar.tradingDaysBefore(LocalDate.of(2024, 1, 3), 20)).containsExactly(LocalDate.of(2024, 1, 2));
    }

    @Test
    void datesOutsideTheCalendarAreRefused() {
        assertThatThrownBy(() -> calendar.isTradingDay(LocalDate.of(2030, 1, 2))).isInstanceOf(OutsideCalendar.class);
        assertThatThrownBy(() -> calendar.next(LocalDate.of(2027, 12, 31))).isInstanceOf(OutsideCalendar.class);
    }

    @Test
    void demoDataCoversEveryBoardWithTwoYearsOfPrices() {
        assertThat(securities.count()).isGreaterThanOrEqualTo(60);
        assertThat(securities.findAll().stream().map(Security::getBoard).distinct()).contains(Board.values());
        assertThat(securities.findAll().stream().map(Security::getType).distinct())
                .contains(SecurityType.STOCK, SecurityType.ETF, SecurityType.LOF);
        long bars = jdbc.sql("select count(*) from market_daily_bar where code = '600519' and simulated")
                .query(Long.class).single();
        assertThat(bars).isBetween(470L, 500L);
    }

    @Test
    void simulatedCloseNeverLeavesTheDailyBand() {
        for (String code : List.of("600519", "300750", "688981", "920185", "510300")) {
            Security security = securities.findById(code).orElseThrow();
            List<DailyBar> history = prices.bars(code, LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31));
            assertThat(history).allSatisfy(bar -> {
                PriceBand band = PriceBand.of(bar.prevClose(), security.getPriceLimit(), security.getTickSize());
                assertThat(band.admits(bar.close())).as(code + " " + bar.tradeDate()).isTrue();
                assertThat(bar.low()).isLessThanOrEqualTo(bar.open().min(bar.close()));
            });
        }
    }

    @Autowired
    PriceLimits limits;

    @Test
    void newStarListingHasNoLimitForFiveTradingDays() {
        jdbc.sql("""
                insert into market_security (code, name, exchange, board, type, lot_size, tick_size, price_limit,
                    listing_date, updated_at)
                values ('688799', '新上市科创', 'SSE', 'STAR', 'STOCK', 200, 0.01, 0.20, '2026-11-18', now())""").update();
        BigDecimal previousClose = new BigDecimal("30.00");
        assertThat(limits.bandOn("688799", previousClose, LocalDate.of(2026, 11, 18)).limited()).isFalse();
        assertThat(limits.bandOn("688799", previousClose, LocalDate.of(2026, 11, 24)).limited())
                .as("18, 19, 20, 23, 24 November are its first five trading days").isFalse();
        PriceBand sixthDay = limits.bandOn("688799", previousClose, LocalDate.of(2026, 11, 25));
        assertThat(sixthDay.upper()).isEqualByComparingTo("36.00");
        assertThat(sixthDay.lower()).isEqualByComparingTo("24.00");
    }

    @Test
    void longListedStockKeepsItsLimit() {
        PriceBand band = limits.bandOn("600519", new BigDecimal("10.05"), LocalDate.of(2026, 11, 24));
        assertThat(band.upper()).isEqualByComparingTo("11.06");
        assertThat(band.lower()).isEqualByComparingTo("9.05");
    }

    @Test
    void importIsAllOrNothingAndReimportingChangesNothing() throws Exception {
        String good = """
                code,trade_date,open,high,low,close,prev_close,volume,turnover
                000858,2026-11-02,130.10,132.50,129.80,131.20,130.00,1834500,240512345.50
                000858,2026-11-03,131.20,133.00,130.50,132.80,131.20,2034500,268312345.00
                """;
        ImportOutcome first = importer.importCsv("good.csv", csv(good));
        assertThat(first.accepted()).isTrue();
        assertThat(first.written()).isEqualTo(2);
        ImportOutcome again = importer.importCsv("good.csv", csv(good));
        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(prices.bars("000858", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3)).get(0).simulated()).isFalse();
    }

    @Test
    void badLinesAreReportedWithTheirNumbersAndNothingIsStored() throws Exception {
        String bad = """
                code,trade_date,open,high,low,close,prev_close,volume,turnover
                000651,2026-11-04,41.00,41.50,40.80,41.20,41.00,100000,4120000.00
                999999,2026-11-04,41.00,41.50,40.80,41.20,41.00,100000,4120000.00
                000651,2026-11-07,41.00,41.50,40.80,41.20,41.00,100000,4120000.00
                000651,2026-11-05,41.001,41.50,40.80,41.20,41.00,100000,4120000.00
                000651,2026-11-06,41.00,40.50,40.80,41.20,41.00,100000,4120000.00
                000651,2031-01-02,41.00,41.50,40.80,41.20,41.00,100000,4120000.00
                """;
        var before = prices.bars("000651", LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 4));
        ImportOutcome outcome = importer.importCsv("bad.csv", csv(bad));
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.problems()).extracting(ImportProblem::line, ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "market.import.unknownCode"),
                org.assertj.core.groups.Tuple.tuple(4L, "market.import.notTradingDay"),
                org.assertj.core.groups.Tuple.tuple(5L, "market.import.tick"),
                org.assertj.core.groups.Tuple.tuple(6L, "market.import.range"),
                org.assertj.core.groups.Tuple.tuple(7L, "market.import.outsideCalendar"));
        assertThat(prices.bars("000651", LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 4))).isEqualTo(before);
    }

    @Test
    void fileWithoutTheRightHeaderIsRefused() throws Exception {
        ImportOutcome outcome = importer.importCsv("x.csv", csv("a,b\n1,2\n"));
        assertThat(outcome.problems()).extracting(ImportProblem::messageKey).containsExactly("market.import.header");
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
