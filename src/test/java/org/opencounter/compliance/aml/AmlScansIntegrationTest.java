package org.opencounter.compliance.aml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.client.Bank;
import org.opencounter.clients.client.DetailChanges;
import org.opencounter.clients.client.DetailField;
import org.opencounter.compliance.ComplianceFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each AML rule on the real database fires on its scenario and stays quiet on the near miss, with version 1's
 * parameters: large value at 500,000 (individuals) and 2,000,000 (institutions) a day per direction; structuring
 * from 450,000 (90%) under the threshold, 3 transfers on more than one day of 5; rapid in and out of 100,000 or
 * more with 80% out within 5 days and trading under 10%; 365 idle days before 50,000; money in over 30 days beyond
 * 5 × the declared income and 2 × the declared financial assets (the test client declares 400,000 and 800,000).
 */
@IntegrationTest
class AmlScansIntegrationTest {

    private static int sequence = 420;

    @Autowired ApplicationContext context;
    @Autowired AmlScans scans;
    @Autowired AmlRuleVersions versions;
    @Autowired AmlAlerts alerts;
    @Autowired DetailChanges changes;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void realTimeAndVersionOneAgain() {
        TestClock.INSTANCE.reset();
        ComplianceFixture.onlyVersionOne(jdbc);
    }

    private ClientsFixture staff() {
        return new ClientsFixture(context);
    }

    private long client(String openedOn) {
        TestClock.INSTANCE.setShanghai(openedOn + "T09:30");
        return staff().openClient(sequence++);
    }

    private void in(long client, String day, String amount) {
        TestClock.INSTANCE.setShanghai(day + "T10:00");
        staff().deposit(client, amount);
    }

    private void out(long client, String day, String amount) {
        TestClock.INSTANCE.setShanghai(day + "T14:00");
        staff().withdraw(client, amount);
    }

    private AmlScan scan(String day) {
        TestClock.INSTANCE.setShanghai(day + "T20:30");
        return scans.scan(LocalDate.parse(day), "compliance");
    }

    private List<Map<String, Object>> alertsOf(long client, AmlRule rule) {
        return jdbc.sql("""
                        select amount, facts::text as facts, due_date, shadow, business_date from compliance_alert
                        where client_id = ? and rule = ? order by id""")
                .params(client, rule.name()).query().listOfRows();
    }

    private void change(long client, String day, DetailField field, String value, Bank bank) {
        TestClock.INSTANCE.setShanghai(day + "T11:00");
        staff().as("clerk", () -> changes.change(client, new DetailChanges.Request(field, value, bank, "客户申请",
                "aml-change-" + client + "-" + day)));
    }

    /** Three changes of details within 30 days, the last on the scanned day; the first on day 30 back counts. */
    @Test
    void frequentChangesOfDetailsThreeWithinThirtyDays() {
        long changer = client("2026-10-08");
        long dayTooEarly = client("2026-10-08");
        change(changer, "2026-10-20", DetailField.MOBILE, "13911110001", null);
        change(changer, "2026-11-10", DetailField.BANK_CARD, "6222020200112233446", Bank.CMB);
        change(dayTooEarly, "2026-10-19", DetailField.MOBILE, "13911110003", null);
        change(dayTooEarly, "2026-11-10", DetailField.ADDRESS, "上海市黄浦区南京东路200号", null);
        scan("2026-11-10");
        assertThat(alertsOf(changer, AmlRule.FREQUENT_CHANGES)).as("two are not yet frequent").isEmpty();

        change(changer, "2026-11-18", DetailField.MOBILE, "13911110002", null);
        change(dayTooEarly, "2026-11-18", DetailField.MOBILE, "13911110004", null);
        scan("2026-11-18");

        assertThat(alertsOf(changer, AmlRule.FREQUENT_CHANGES)).singleElement().satisfies(alert ->
                assertThat(alert.get("facts").toString()).contains("\"changes\": 3", "\"mobileChanges\": 2",
                        "\"bankCardChanges\": 1", "\"from\": \"2026-10-20\""));
        assertThat(alertsOf(dayTooEarly, AmlRule.FREQUENT_CHANGES)).as("the first was 31 days back").isEmpty();

        // days are Shanghai days whatever the database session's time zone
        long lateEvening = client("2026-10-08");
        change(lateEvening, "2026-11-16", DetailField.MOBILE, "13911110005", null);
        change(lateEvening, "2026-11-17", DetailField.MOBILE, "13911110006", null);
        TestClock.INSTANCE.setShanghai("2026-11-18T07:30");
        staff().as("clerk", () -> changes.change(lateEvening, new DetailChanges.Request(DetailField.MOBILE,
                "13911110007", null, "客户申请", "aml-change-early-morning")));
        RuleVersion version = versions.current(AmlRule.FREQUENT_CHANGES, RuleMode.ACTIVE).orElseThrow();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local time zone 'UTC'").update();
            scans.detect(version, LocalDate.parse("2026-11-18"));
        });
        assertThat(alertsOf(lateEvening, AmlRule.FREQUENT_CHANGES)).as("07:30 in Shanghai is the 18th").hasSize(1);
    }

    @Test
    void largeValueAtTheIndividualThresholdPerDayAndDirection() {
        long at = client("2026-11-02");
        long under = client("2026-11-02");
        in(at, "2026-11-03", "300000.00");
        in(at, "2026-11-03", "200000.00");
        out(at, "2026-11-03", "499999.99");
        in(under, "2026-11-03", "499999.99");

        AmlScan scan = scan("2026-11-03");

        assertThat(scan.completed()).as(String.valueOf(scan.error())).isTrue();
        List<Map<String, Object>> found = alertsOf(at, AmlRule.LARGE_VALUE);
        assertThat(found).hasSize(1);
        assertThat((BigDecimal) found.get(0).get("amount")).isEqualByComparingTo("500000.00");
        assertThat(found.get(0).get("facts").toString()).contains("\"direction\": \"IN\"", "\"transfers\": 2");
        // reported within 5 working days: Tuesday 3 November → Tuesday 10 November
        assertThat(found.get(0).get("due_date").toString()).isEqualTo("2026-11-10");
        assertThat(alertsOf(under, AmlRule.LARGE_VALUE)).as("one cent short").isEmpty();

        AmlScan again = scan("2026-11-03");
        assertThat(again.alerts()).as("a scan run again raises nothing twice").isZero();
        assertThat(alertsOf(at, AmlRule.LARGE_VALUE)).hasSize(1);
    }

    @Test
    void largeValueForAnInstitutionAtTwoMillion() {
        long institution = jdbc.sql("""
                        select min(c.id) from clients_client c join platform_branch b on b.id = c.branch_id
                        where c.kind = 'INSTITUTION' and c.status = 'ACTIVE' and b.code = 'SH01'""")
                .query(Long.class).single();
        in(institution, "2026-11-04", "1999999.99");
        scan("2026-11-04");
        assertThat(alertsOf(institution, AmlRule.LARGE_VALUE)).as("a cent short of 2,000,000").isEmpty();

        in(institution, "2026-11-05", "2000000.00");
        scan("2026-11-05");
        assertThat(alertsOf(institution, AmlRule.LARGE_VALUE)).singleElement()
                .satisfies(alert -> assertThat(alert.get("facts").toString()).contains("INSTITUTION"));
    }

    @Test
    void structuringJustUnderTheThresholdOverSeveralDays() {
        long splitter = client("2026-11-02");
        long nearMiss = client("2026-11-02");
        in(splitter, "2026-11-09", "460000.00");
        in(splitter, "2026-11-10", "470000.00");
        in(nearMiss, "2026-11-09", "460000.00");
        in(nearMiss, "2026-11-10", "470000.00");
        scan("2026-11-10");
        assertThat(alertsOf(splitter, AmlRule.STRUCTURING)).as("two are not yet a pattern").isEmpty();

        in(splitter, "2026-11-11", "450000.00");
        in(nearMiss, "2026-11-11", "449999.99");
        scan("2026-11-11");

        assertThat(alertsOf(splitter, AmlRule.STRUCTURING)).singleElement().satisfies(alert -> {
            assertThat((BigDecimal) alert.get("amount")).isEqualByComparingTo("1380000.00");
            assertThat(alert.get("facts").toString()).contains("\"days\": 3", "\"transfers\": 3",
                    "\"lowerBound\": 450000.00");
        });
        assertThat(alertsOf(nearMiss, AmlRule.STRUCTURING)).as("449,999.99 is not just under").isEmpty();
        assertThat(alertsOf(splitter, AmlRule.LARGE_VALUE)).as("no day reached 500,000").isEmpty();
    }

    @Test
    void rapidInAndOutWithoutTrading() {
        long quick = client("2026-11-02");
        long nearMiss = client("2026-11-02");
        in(quick, "2026-11-12", "200000.00");
        in(nearMiss, "2026-11-12", "200000.00");
        out(quick, "2026-11-16", "160000.00");
        out(nearMiss, "2026-11-16", "159999.99");

        scan("2026-11-16");

        assertThat(alertsOf(quick, AmlRule.RAPID_IN_OUT)).singleElement().satisfies(alert -> assertThat(
                alert.get("facts").toString()).contains("\"in\": 200000.00", "\"out\": 160000.00", "\"turnover\": 0"));
        assertThat(alertsOf(nearMiss, AmlRule.RAPID_IN_OUT)).as("a cent under 80% out").isEmpty();
    }

    @Test
    void aDormantAccountActiveAgainAfterAYear() {
        long dormant = client("2025-10-20");
        long recent = client("2025-10-20");
        long small = client("2025-10-20");
        in(dormant, "2025-10-28", "10000.00");
        in(recent, "2025-10-29", "10000.00");
        in(small, "2025-10-28", "10000.00");
        in(dormant, "2026-10-28", "50000.00");
        in(recent, "2026-10-28", "50000.00");
        in(small, "2026-10-28", "49999.99");

        scan("2026-10-28");

        // 28 October 2025 to 28 October 2026 is 365 days; from the 29th it is 364
        assertThat(alertsOf(dormant, AmlRule.DORMANT_ACTIVE)).singleElement().satisfies(alert -> assertThat(
                alert.get("facts").toString()).contains("\"idleDays\": 365", "\"previousActivity\": \"2025-10-28\""));
        assertThat(alertsOf(recent, AmlRule.DORMANT_ACTIVE)).as("364 days idle").isEmpty();
        assertThat(alertsOf(small, AmlRule.DORMANT_ACTIVE)).as("a cent under 50,000").isEmpty();
    }

    @Test
    void moneyInBeyondTheDeclaredIncomeAndAssets() {
        long beyond = client("2026-11-02");
        long exactly = client("2026-11-02");
        in(beyond, "2026-11-17", "1000000.00");
        in(exactly, "2026-11-17", "1000000.00");
        in(beyond, "2026-11-18", "1000000.01");
        in(exactly, "2026-11-18", "1000000.00");

        scan("2026-11-18");

        assertThat(alertsOf(beyond, AmlRule.BEYOND_PROFILE)).singleElement().satisfies(alert -> assertThat(
                alert.get("facts").toString()).contains("\"in\": 2000000.01", "\"declaredIncome\": 400000.00"));
        assertThat(alertsOf(exactly, AmlRule.BEYOND_PROFILE)).as("exactly 5 × income is not beyond it").isEmpty();
    }

    @Test
    void aShadowVersionRecordsWhatItWouldRaiseApart() {
        long client = client("2026-11-02");
        in(client, "2026-11-19", "450000.00");
        RuleVersion shadow = staff().as("compliance", () -> versions.create(AmlRule.LARGE_VALUE, RuleMode.SHADOW,
                Map.of("individualTransfer", new BigDecimal("400000"), "institutionTransfer",
                        new BigDecimal("2000000")), "试行 40 万元标准"));

        AmlScan scan = scan("2026-11-19");

        assertThat(scan.shadowAlerts()).isOne();
        assertThat(alertsOf(client, AmlRule.LARGE_VALUE)).singleElement()
                .satisfies(alert -> assertThat(alert.get("shadow")).isEqualTo(true));
        assertThat(alerts.page(new AmlAlerts.Filter("OPEN", AmlRule.LARGE_VALUE, false),
                org.springframework.data.domain.PageRequest.of(0, 100)).getContent())
                .noneMatch(alert -> alert.clientId() == client);
        assertThat(versions.current(AmlRule.LARGE_VALUE, RuleMode.ACTIVE).orElseThrow().version()).isEqualTo(1);
        assertThat(shadow.version()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'compliance.rule.version'"
                + " and entity_id = ?").param(String.valueOf(shadow.id())).query(Long.class).single()).isOne();
    }

    @Test
    void aVersionOutOfRangeOrWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> staff().as("compliance", () -> versions.create(AmlRule.STRUCTURING,
                RuleMode.ACTIVE, Map.of("windowDays", new BigDecimal("31"), "minTransfers", new BigDecimal("3"),
                        "lowerFraction", new BigDecimal("0.9")), "更长窗口")))
                .isInstanceOf(RuleRefused.class).hasMessage("compliance.rule.outOfRange")
                .satisfies(refused -> assertThat(((RuleRefused) refused).field()).isEqualTo("windowDays"));
        assertThatThrownBy(() -> staff().as("compliance", () -> versions.create(AmlRule.STRUCTURING,
                RuleMode.ACTIVE, Map.of("windowDays", new BigDecimal("30"), "minTransfers", new BigDecimal("3"),
                        "lowerFraction", new BigDecimal("0.9")), " ")))
                .isInstanceOf(RuleRefused.class).hasMessage("compliance.rule.reasonRequired");

        RuleVersion longer = staff().as("compliance", () -> versions.create(AmlRule.STRUCTURING, RuleMode.ACTIVE,
                Map.of("windowDays", new BigDecimal("30"), "minTransfers", new BigDecimal("3"),
                        "lowerFraction", new BigDecimal("0.9")), "延长观察窗口"));
        assertThat(longer.version()).isEqualTo(2);
        assertThat(versions.versions(AmlRule.STRUCTURING)).extracting(RuleVersion::mode)
                .containsExactly(RuleMode.ACTIVE, RuleMode.RETIRED);
    }

    @Test
    void anOfficerDismissesAnAlertWithAReasonAndBothTheLookAndTheDecisionAreAudited() {
        long client = client("2026-11-02");
        in(client, "2026-11-20", "800000.00");
        scan("2026-11-20");
        long id = jdbc.sql("select id from compliance_alert where client_id = ?").param(client)
                .query(Long.class).single();

        AmlAlert seen = staff().as("compliance", () -> alerts.open(id));
        assertThat(seen.shownFacts()).extracting(AlertFact::key).contains("total", "threshold", "direction");
        assertThatThrownBy(() -> staff().as("compliance", () -> alerts.dismiss(id, "")))
                .isInstanceOf(AlertRefused.class);
        AmlAlert dismissed = staff().as("compliance", () -> alerts.dismiss(id, "客户出售房产所得，已核实购房合同"));

        assertThat(dismissed.status()).isEqualTo("DISMISSED");
        assertThat(dismissed.decidedBy()).isEqualTo("compliance");
        assertThat(jdbc.sql("""
                        select count(*) from platform_audit_event where entity_id = ?
                        and action in ('compliance.alert.view', 'compliance.alert.dismiss')""")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }
}
