package org.opencounter.wealth.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.orders.TradingDesk;
import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.WealthFixture;
import org.opencounter.wealth.sales.ProductSales;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Targets at SH01 in December 2026 against an account opened and a product sold for the advisor's client. */
@IntegrationTest
class SalesTargetsIntegrationTest {

    private static final TargetPeriod DECEMBER = TargetPeriod.parse("2026-12");
    private static final TargetPeriod FOURTH_QUARTER = TargetPeriod.parse("2026-Q4");
    private static int sequence = 250;

    @Autowired ApplicationContext context;
    @Autowired SalesTargets targets;
    @Autowired ProductSales sales;
    @Autowired JdbcClient jdbc;

    private TradingDesk desk;
    private ClientsFixture staff;
    private WealthFixture wealth;

    @BeforeEach
    void onTheFifteenthOfDecember() {
        TestClock.INSTANCE.setShanghai("2026-12-15T10:00");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        desk = new TradingDesk(context);
        staff = desk.fixture();
        wealth = new WealthFixture(context, staff);
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
        LocaleContextHolder.resetLocaleContext();
    }

    private long advisor() {
        return staff.login("advisor").id();
    }

    private void set(String manager, TargetPeriod period, Long staffId, TargetMetric metric, String target) {
        staff.as(manager, () -> targets.set(new SalesTargets.Setting(period, staffId, staffId == null, metric,
                target == null ? null : new BigDecimal(target))));
    }

    private TargetProgress progress(String viewer, TargetPeriod shown, boolean branch, TargetMetric metric) {
        return staff.as(viewer, () -> targets.progress(shown)).stream()
                .filter(p -> p.branchTarget() == branch && p.metric() == metric
                        && (branch || p.owner().equals(staff.login("advisor").displayName())))
                .findFirst().orElseThrow();
    }

    @Test
    void theActualsComeFromWhatWasOpenedAndSold() {
        set("manager", DECEMBER, advisor(), TargetMetric.PRODUCT_SALES, "200000");
        set("manager", DECEMBER, advisor(), TargetMetric.ASSETS_UNDER_ADVICE, "1000000");
        set("manager", FOURTH_QUARTER, null, TargetMetric.NEW_CLIENTS, "30");
        BigDecimal soldBefore = progress("manager", DECEMBER, false, TargetMetric.PRODUCT_SALES).actual();
        BigDecimal heldBefore = progress("manager", DECEMBER, false, TargetMetric.ASSETS_UNDER_ADVICE).actual();
        BigDecimal openedBefore = progress("manager", DECEMBER, true, TargetMetric.NEW_CLIENTS).actual();

        long client = desk.clientWith(sequence++, "100000.00");
        wealth.assess(client, 45, InvestmentHorizon.LONG, EnumSet.allOf(InvestmentVariety.class));
        staff.as("advisor", () -> sales.subscribe(client, wealth.productId("WM2026A01"), new BigDecimal("20000.00"),
                UUID.randomUUID().toString()));

        TargetProgress sold = progress("manager", DECEMBER, false, TargetMetric.PRODUCT_SALES);
        assertThat(sold.actual().subtract(soldBefore)).isEqualByComparingTo("20000.00");
        assertThat(sold.target()).isEqualByComparingTo("200000");
        assertThat(sold.period()).isEqualTo(DECEMBER);
        assertThat(progress("manager", DECEMBER, false, TargetMetric.ASSETS_UNDER_ADVICE).actual()
                .subtract(heldBefore)).isPositive();
        TargetProgress opened = progress("manager", DECEMBER, true, TargetMetric.NEW_CLIENTS);
        assertThat(opened.actual().subtract(openedBefore)).isEqualByComparingTo("1");
        assertThat(opened.period()).isEqualTo(FOURTH_QUARTER);
        assertThat(opened.owner()).isEqualTo("上海陆家嘴营业部");
    }

    @Test
    void settingATargetAgainReplacesItAndIsAudited() {
        set("manager", TargetPeriod.parse("2027-01"), advisor(), TargetMetric.NEW_CLIENTS, "3");
        set("manager", TargetPeriod.parse("2027-01"), advisor(), TargetMetric.NEW_CLIENTS, "5");

        List<BigDecimal> stored = jdbc.sql("select target from wealth_sales_target where period_start = '2027-01-01'"
                + " and staff_id = ? and metric = 'NEW_CLIENTS'").param(advisor()).query(BigDecimal.class).list();
        assertThat(stored).singleElement().satisfies(target -> assertThat(target).isEqualByComparingTo("5"));
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'wealth.target.set'"
                + " and before_state is not null").query(Long.class).single()).isPositive();
    }

    @Test
    void anotherBranchNeitherSeesNorSetsThem() {
        set("manager", TargetPeriod.parse("2027-02"), null, TargetMetric.PRODUCT_SALES, "1000000");

        assertThat(staff.as("manager.bj", () -> targets.progress(TargetPeriod.parse("2027-02"))))
                .noneMatch(p -> p.owner().equals("上海陆家嘴营业部"));
        assertThatThrownBy(() -> set("manager.bj", TargetPeriod.parse("2027-02"), advisor(),
                TargetMetric.PRODUCT_SALES, "1000"))
                .isInstanceOfSatisfying(TargetRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("wealth.target.staffRequired"));
    }

    @Test
    void badInputIsRefusedWithItsReason() {
        assertRefused(null, TargetMetric.PRODUCT_SALES, "100", "wealth.target.periodInvalid");
        assertRefused(DECEMBER, null, "100", "wealth.target.metricRequired");
        assertRefused(DECEMBER, TargetMetric.PRODUCT_SALES, "0", "wealth.target.amountInvalid");
        assertRefused(DECEMBER, TargetMetric.PRODUCT_SALES, "-1", "wealth.target.amountInvalid");
        assertRefused(DECEMBER, TargetMetric.PRODUCT_SALES, "100.001", "wealth.target.amountInvalid");
        assertRefused(DECEMBER, TargetMetric.PRODUCT_SALES, null, "wealth.target.amountInvalid");
        assertThatThrownBy(() -> staff.as("manager", () -> targets.set(new SalesTargets.Setting(DECEMBER, null,
                false, TargetMetric.PRODUCT_SALES, BigDecimal.TEN))))
                .isInstanceOfSatisfying(TargetRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("wealth.target.staffRequired"));
    }

    private void assertRefused(TargetPeriod period, TargetMetric metric, String amount, String key) {
        assertThatThrownBy(() -> set("manager", period, null, metric, amount))
                .isInstanceOfSatisfying(TargetRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }
}
