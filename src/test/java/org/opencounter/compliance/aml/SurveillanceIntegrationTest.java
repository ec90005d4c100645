package org.opencounter.compliance.aml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.compliance.ComplianceFixture;
import org.opencounter.market.PriceBand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each trade-surveillance rule on the real database fires on its scenario and stays quiet on the near miss, with
 * version 1's parameters: self-trades of at least 2 buy fills met by a sell of the same price within 30 seconds, for
 * 100,000 or more; at least 10 cancellations that are at least half of the day's orders in a security; buys at the
 * limit-up price (sells at the limit-down) of 1,000,000 or more and at least 30% of the firm's fills there; holdings
 * of 4.5% of the issuer and more, with the 5% disclosure duties. And the AML rule over the same fills: trades between
 * related accounts within 60 seconds for 200,000.
 */
@IntegrationTest
class SurveillanceIntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired AmlScans scans;
    @Autowired JdbcClient jdbc;

    private List<Long> clients;

    @BeforeEach
    void clients() {
        clients = jdbc.sql("""
                        select c.id from clients_client c join clients_fund_account f on f.client_id = c.id
                        where c.status = 'ACTIVE' and f.status = 'ACTIVE' order by c.id limit 8""")
                .query(Long.class).list();
    }

    @AfterEach
    void realTimeAndVersionOneAgain() {
        TestClock.INSTANCE.reset();
        ComplianceFixture.onlyVersionOne(jdbc);
    }

    private AmlScan scan(String day) {
        TestClock.INSTANCE.setShanghai(day + "T20:30");
        AmlScan scan = scans.scan(LocalDate.parse(day), "compliance");
        assertThat(scan.completed()).as(String.valueOf(scan.error())).isTrue();
        return scan;
    }

    private List<Map<String, Object>> alertsOf(long client, AmlRule rule, String day) {
        return jdbc.sql("""
                        select amount, facts::text as facts, alert_key, source from compliance_alert
                        where client_id = ? and rule = ? and business_date = ? order by id""")
                .params(client, rule.name(), Date.valueOf(day)).query().listOfRows();
    }

    /** An order of the client as the exchange left it, and its fill at the time, if it filled. */
    private long order(long client, String code, String side, long quantity, String price, String status,
                       String day) {
        int n = SEQUENCE.incrementAndGet();
        Timestamp placed = Timestamp.valueOf(LocalDateTime.parse(day + "T09:31"));
        return jdbc.sql("""
                        insert into orders_order (client_order_id, idempotency_key, client_id, branch_id,
                            fund_account_id, code, exchange, side, order_type, quantity, price, status,
                            filled_quantity, filled_amount, trade_date, placed_by, placed_at, updated_at)
                        select ?, ?, c.id, c.branch_id, f.id, s.code, s.exchange, ?, 'LIMIT', ?, ?, ?, ?, ?, ?,
                               'clerk', ?, ?
                        from clients_client c join clients_fund_account f on f.client_id = c.id
                        join market_security s on s.code = ?
                        where c.id = ? returning id""")
                .params("SV" + n, "surveillance-" + n, side, quantity, new BigDecimal(price), status,
                        "FILLED".equals(status) ? quantity : 0,
                        "FILLED".equals(status) ? new BigDecimal(price).multiply(BigDecimal.valueOf(quantity)) : 0,
                        Date.valueOf(day), placed, placed, code, client)
                .query(Long.class).single();
    }

    private void fill(long client, String code, String side, long quantity, String price, String at) {
        long order = order(client, code, side, quantity, price, "FILLED", at.substring(0, 10));
        BigDecimal amount = new BigDecimal(price).multiply(BigDecimal.valueOf(quantity))
                .setScale(2, RoundingMode.HALF_UP);
        jdbc.sql("""
                        insert into orders_trade (exec_id, order_id, client_id, branch_id, code, side, quantity, price,
                            amount, commission, stamp_duty, transfer_fee, trade_date, executed_at)
                        select ?, o.id, o.client_id, o.branch_id, o.code, o.side, o.quantity, o.price, ?, 5, 0, 0,
                               o.trade_date, ?
                        from orders_order o where o.id = ?""")
                .params("SVX" + order, amount,
                        Timestamp.from(LocalDateTime.parse(at).atZone(SHANGHAI).toInstant()), order)
                .update();
    }

    @Test
    void selfTradesOfTwoMatchedFillsWithinThirtySecondsForOneHundredThousand() {
        long twoPairs = clients.get(0);
        long thirtyOneSeconds = clients.get(1);
        long otherPrice = clients.get(2);
        long exactAmount = clients.get(3);
        long tenShort = clients.get(4);
        String day = "2026-11-03";
        fill(twoPairs, "600036", "BUY", 2000, "36.20", day + "T10:00:00");
        fill(twoPairs, "600036", "SELL", 2000, "36.20", day + "T10:00:05");
        fill(twoPairs, "600036", "BUY", 1000, "36.20", day + "T10:30:00");
        fill(twoPairs, "600036", "SELL", 1000, "36.20", day + "T10:30:30");
        fill(thirtyOneSeconds, "600036", "BUY", 2000, "36.20", day + "T10:00:00");
        fill(thirtyOneSeconds, "600036", "SELL", 2000, "36.20", day + "T10:00:05");
        fill(thirtyOneSeconds, "600036", "BUY", 1000, "36.20", day + "T10:30:00");
        fill(thirtyOneSeconds, "600036", "SELL", 1000, "36.20", day + "T10:30:31");
        fill(otherPrice, "600036", "BUY", 2000, "36.20", day + "T10:00:00");
        fill(otherPrice, "600036", "SELL", 2000, "36.20", day + "T10:00:05");
        fill(otherPrice, "600036", "BUY", 1000, "36.20", day + "T10:30:00");
        fill(otherPrice, "600036", "SELL", 1000, "36.21", day + "T10:30:01");
        fill(exactAmount, "601318", "BUY", 1000, "50.00", day + "T11:00:00");
        fill(exactAmount, "601318", "SELL", 1000, "50.00", day + "T11:00:00");
        fill(exactAmount, "601318", "BUY", 1000, "50.00", day + "T11:01:00");
        fill(exactAmount, "601318", "SELL", 1000, "50.00", day + "T11:01:10");
        fill(tenShort, "601318", "BUY", 1000, "49.99", day + "T11:00:00");
        fill(tenShort, "601318", "SELL", 1000, "49.99", day + "T11:00:00");
        fill(tenShort, "601318", "BUY", 1000, "50.00", day + "T11:01:00");
        fill(tenShort, "601318", "SELL", 1000, "50.00", day + "T11:01:10");

        scan(day);

        assertThat(alertsOf(twoPairs, AmlRule.SELF_TRADE, day)).singleElement().satisfies(alert -> {
            assertThat(alert.get("source")).isEqualTo("SURVEILLANCE");
            assertThat((BigDecimal) alert.get("amount")).isEqualByComparingTo("108600.00");
            assertThat(alert.get("facts").toString()).contains("\"pairs\": 2", "\"quantity\": 3000",
                    "\"security\": \"600036 招商银行\"");
        });
        assertThat(alertsOf(thirtyOneSeconds, AmlRule.SELF_TRADE, day)).as("31 seconds apart").isEmpty();
        assertThat(alertsOf(otherPrice, AmlRule.SELF_TRADE, day)).as("sold a tick higher").isEmpty();
        assertThat(alertsOf(exactAmount, AmlRule.SELF_TRADE, day)).as("exactly 100,000").hasSize(1);
        assertThat(alertsOf(tenShort, AmlRule.SELF_TRADE, day)).as("99,990").isEmpty();

        assertThat(scan(day).alerts()).as("a scan run again raises nothing twice").isZero();
    }

    /**
     * Trades between related accounts (an AML rule over the same fills): opposite fills of two clients who share a
     * mobile number, or of an institution and its beneficial owner, at one price within 60 seconds, for 200,000.
     */
    @Test
    void tradesBetweenRelatedAccountsWithinAMinuteForTwoHundredThousand() {
        List<Long> people = jdbc.sql("""
                        select c.id from clients_client c join clients_fund_account f on f.client_id = c.id
                        where c.status = 'ACTIVE' and c.kind = 'INDIVIDUAL' order by c.id desc limit 4""")
                .query(Long.class).list();
        long seller = people.get(0);
        long buyer = people.get(1);
        long stranger = people.get(2);
        long owner = people.get(3);
        long institution = jdbc.sql("""
                        select min(c.id) from clients_client c join clients_fund_account f on f.client_id = c.id
                        where c.status = 'ACTIVE' and c.kind = 'INSTITUTION'""").query(Long.class).single();
        jdbc.sql("update clients_client set mobile = '13900000001' where id in (?, ?)").params(seller, buyer).update();
        jdbc.sql("update clients_client set mobile = '13900000002', address = '北京市西城区金融大街1号' where id = ?")
                .param(stranger).update();
        jdbc.sql("""
                        insert into clients_beneficial_owner (client_id, name, id_number, share)
                        select ?, name, id_number, 60 from clients_client where id = ?""")
                .params(institution, owner).update();
        String day = "2026-11-12";
        fill(seller, "600036", "SELL", 5000, "40.00", day + "T10:00:00");
        fill(buyer, "600036", "BUY", 5000, "40.00", day + "T10:01:00");
        fill(seller, "601318", "SELL", 5000, "40.00", day + "T10:00:00");
        fill(buyer, "601318", "BUY", 5000, "40.00", day + "T10:01:01");
        fill(seller, "000001", "SELL", 4999, "40.00", day + "T10:00:00");
        fill(buyer, "000001", "BUY", 4999, "40.00", day + "T10:00:02");
        fill(stranger, "600900", "SELL", 10000, "30.00", day + "T11:00:00");
        fill(owner, "600900", "BUY", 10000, "30.00", day + "T11:00:01");
        fill(institution, "600900", "SELL", 10000, "30.00", day + "T11:00:00");

        scan(day);

        assertThat(alertsOf(seller, AmlRule.RELATED_WASH, day)).singleElement().satisfies(alert -> {
            assertThat(alert.get("source")).isEqualTo("AML");
            assertThat((BigDecimal) alert.get("amount")).isEqualByComparingTo("200000.00");
            assertThat(alert.get("facts").toString()).contains("\"relation\": \"MOBILE\"", "600036");
            assertThat(alert.get("alert_key").toString()).contains(":" + buyer + ":600036:");
        });
        assertThat(alertsOf(buyer, AmlRule.RELATED_WASH, day)).as("each side, 60 seconds apart; not 61, not 199,960")
                .singleElement().satisfies(alert -> assertThat(alert.get("facts").toString()).contains("600036"));
        assertThat(alertsOf(stranger, AmlRule.RELATED_WASH, day)).as("no relation to the buyer").isEmpty();
        assertThat(alertsOf(institution, AmlRule.RELATED_WASH, day)).singleElement()
                .satisfies(alert -> assertThat(alert.get("facts").toString()).contains("\"relation\": \"OWNER\""));
        assertThat(alertsOf(owner, AmlRule.RELATED_WASH, day)).singleElement()
                .satisfies(alert -> assertThat(alert.get("alert_key").toString()).contains(":" + institution + ":"));
    }

    @Test
    void frequentCancellationsOfTenThatAreHalfTheOrders() {
        long half = clients.get(0);
        long nineOfEighteen = clients.get(1);
        long tenOfTwentyOne = clients.get(2);
        String day = "2026-11-04";
        orders(half, 10, "CANCELED", day);
        orders(half, 10, "FILLED", day);
        orders(nineOfEighteen, 9, "CANCELED", day);
        orders(nineOfEighteen, 9, "FILLED", day);
        orders(tenOfTwentyOne, 10, "CANCELED", day);
        orders(tenOfTwentyOne, 11, "FILLED", day);
        orders(tenOfTwentyOne, 5, "REJECTED", day);

        scan(day);

        assertThat(alertsOf(half, AmlRule.FREQUENT_CANCEL, day)).singleElement().satisfies(alert -> {
            // ten orders of 1,000 shares at 6.10 withdrawn whole
            assertThat((BigDecimal) alert.get("amount")).isEqualByComparingTo("61000.00");
            assertThat(alert.get("facts").toString()).contains("\"orders\": 20", "\"cancels\": 10",
                    "\"cancelRatio\": 0.5000");
        });
        assertThat(alertsOf(nineOfEighteen, AmlRule.FREQUENT_CANCEL, day)).as("nine cancels").isEmpty();
        assertThat(alertsOf(tenOfTwentyOne, AmlRule.FREQUENT_CANCEL, day))
                .as("10 of 21 is under half; rejected orders never reached the exchange").isEmpty();
    }

    private void orders(long client, int count, String status, String day) {
        for (int i = 0; i < count; i++) {
            order(client, "601398", "BUY", 1000, "6.10", status, day);
        }
    }

    /**
     * The domain reference's worked limit: a previous close of 10.05 at 10% gives 11.06 up and 9.05 down. The
     * surveillance reads the same prices as the market module's band.
     */
    @Test
    void buysAtTheLimitUpPriceOfAMillionAndThirtyPercentOfTheFirmsFillsThere() {
        String day = "2026-11-05";
        String code = "601988";
        BigDecimal original = jdbc.sql("select prev_close from market_daily_bar where code = ? and trade_date = ?")
                .params(code, Date.valueOf(day)).query(BigDecimal.class).single();
        PriceBand band = PriceBand.of(new BigDecimal("10.05"), new BigDecimal("0.10"), new BigDecimal("0.01"));
        assertThat(band.upper()).isEqualByComparingTo("11.06");
        assertThat(band.lower()).isEqualByComparingTo("9.05");
        jdbc.sql("update market_daily_bar set prev_close = 10.05 where code = ? and trade_date = ?")
                .params(code, Date.valueOf(day)).update();
        try {
            long pusher = clients.get(0);
            long follower = clients.get(1);
            long tickBelow = clients.get(2);
            long seller = clients.get(3);
            long smallSeller = clients.get(4);
            // 90,500 shares at 11.06 = 1,000,930.00; the follower's 200,000 make the pusher's share 31.15%
            fill(pusher, code, "BUY", 90_500, "11.06", day + "T10:00:00");
            fill(follower, code, "BUY", 200_000, "11.06", day + "T10:05:00");
            fill(tickBelow, code, "BUY", 200_000, "11.05", day + "T10:06:00");
            // 110,500 shares at 9.05 = 1,000,025.00, all the firm's sells there; 110,400 are 999,120.00
            fill(seller, code, "SELL", 110_500, "9.05", day + "T13:10:00");

            scan(day);

            assertThat(alertsOf(pusher, AmlRule.LIMIT_PUSH, day)).singleElement().satisfies(alert -> {
                assertThat((BigDecimal) alert.get("amount")).isEqualByComparingTo("1000930.00");
                assertThat(alert.get("facts").toString()).contains("\"direction\": \"UP\"",
                        "\"limitPrice\": 11.06", "\"quantity\": 90500", "\"share\": 0.3115");
            });
            assertThat(alertsOf(follower, AmlRule.LIMIT_PUSH, day)).as("68.85% of the fills, 2,212,000.00")
                    .hasSize(1);
            assertThat(alertsOf(tickBelow, AmlRule.LIMIT_PUSH, day)).as("a tick under the limit").isEmpty();
            assertThat(alertsOf(seller, AmlRule.LIMIT_PUSH, day)).singleElement()
                    .satisfies(alert -> assertThat(alert.get("facts").toString())
                            .contains("\"direction\": \"DOWN\"", "\"limitPrice\": 9.05", "\"share\": 1.0000"));

            String nextDay = "2026-11-06";
            BigDecimal nextOriginal = jdbc.sql("""
                            select prev_close from market_daily_bar where code = ? and trade_date = ?""")
                    .params(code, Date.valueOf(nextDay)).query(BigDecimal.class).single();
            jdbc.sql("update market_daily_bar set prev_close = 10.05 where code = ? and trade_date = ?")
                    .params(code, Date.valueOf(nextDay)).update();
            try {
                fill(smallSeller, code, "SELL", 110_400, "9.05", nextDay + "T13:10:00");
                scan(nextDay);
                assertThat(alertsOf(smallSeller, AmlRule.LIMIT_PUSH, nextDay)).as("999,120.00").isEmpty();
            } finally {
                jdbc.sql("update market_daily_bar set prev_close = ? where code = ? and trade_date = ?")
                        .params(nextOriginal, code, Date.valueOf(nextDay)).update();
            }
        } finally {
            jdbc.sql("update market_daily_bar set prev_close = ? where code = ? and trade_date = ?")
                    .params(original, code, Date.valueOf(day)).update();
        }
    }

    @Test
    void holdingsFromFourAndAHalfPercentWithTheDisclosureDutiesAtFivePercentAndEachPercentAbove() {
        String code = "600036";
        Long original = jdbc.sql("select total_shares from market_security where code = ?").param(code)
                .query(Long.class).single();
        jdbc.sql("update market_security set total_shares = 10000000 where code = ?").param(code).update();
        try {
            long near = clients.get(0);
            long justUnder = clients.get(1);
            long atFive = clients.get(2);
            long sixPointTwo = clients.get(3);
            hold(near, code, 450_000);
            hold(justUnder, code, 449_999);
            hold(atFive, code, 500_000);
            hold(sixPointTwo, code, 620_000);
            String day = "2026-11-09";

            scan(day);

            assertThat(alertsOf(near, AmlRule.HOLDING_THRESHOLD, day)).singleElement().satisfies(alert -> {
                assertThat(alert.get("facts").toString()).contains("\"level\": \"NEAR\"", "\"ratio\": 0.0450",
                        "\"totalShares\": 10000000").doesNotContain("deadline");
                assertThat(alert.get("alert_key").toString()).endsWith(":" + code + ":NEAR");
            });
            assertThat(alertsOf(justUnder, AmlRule.HOLDING_THRESHOLD, day)).as("one share short of 4.5%").isEmpty();
            assertThat(alertsOf(atFive, AmlRule.HOLDING_THRESHOLD, day)).singleElement()
                    .satisfies(alert -> assertThat(alert.get("facts").toString()).contains("\"level\": \"REPORT\"",
                            "\"deadline\": \"2026-11-12\""));
            assertThat(alertsOf(sixPointTwo, AmlRule.HOLDING_THRESHOLD, day)).singleElement()
                    .satisfies(alert -> assertThat(alert.get("facts").toString())
                            .contains("\"level\": \"ANNOUNCE\"", "\"deadline\": \"2026-11-10\""));

            String nextDay = "2026-11-10";
            hold(atFive, code, 510_000);
            scan(nextDay);
            assertThat(alertsOf(atFive, AmlRule.HOLDING_THRESHOLD, nextDay)).as("still the 5% level").isEmpty();
            hold(atFive, code, 600_000);
            scan(nextDay);
            assertThat(alertsOf(atFive, AmlRule.HOLDING_THRESHOLD, nextDay)).as("a further whole percent")
                    .singleElement().satisfies(alert -> assertThat(alert.get("facts").toString())
                            .contains("\"level\": \"ANNOUNCE\"", "\"ratio\": 0.0600"));

            // an earlier day is measured by its settlement snapshot, never by the positions now
            long snapshotted = clients.get(4);
            long heldOnlyNow = clients.get(5);
            hold(heldOnlyNow, code, 700_000);
            jdbc.sql("""
                            insert into orders_position_snapshot (trade_date, client_id, code, quantity, cost,
                                close_price)
                            values ('2026-11-06', ?, ?, 480000, 0, 36.20)""")
                    .params(snapshotted, code).update();
            TestClock.INSTANCE.setShanghai(nextDay + "T20:45");
            scans.scan(LocalDate.parse("2026-11-06"), "compliance");
            assertThat(alertsOf(snapshotted, AmlRule.HOLDING_THRESHOLD, "2026-11-06")).singleElement()
                    .satisfies(alert -> assertThat(alert.get("facts").toString()).contains("\"ratio\": 0.0480"));
            assertThat(alertsOf(heldOnlyNow, AmlRule.HOLDING_THRESHOLD, "2026-11-06")).isEmpty();
        } finally {
            jdbc.sql("update market_security set total_shares = ? where code = ?").params(original, code).update();
        }
    }

    private void hold(long client, String code, long quantity) {
        jdbc.sql("""
                        insert into orders_position (client_id, code, quantity, cost, updated_at)
                        values (?, ?, ?, 0, now())
                        on conflict (client_id, code) do update set quantity = excluded.quantity""")
                .params(client, code, quantity).update();
    }
}
