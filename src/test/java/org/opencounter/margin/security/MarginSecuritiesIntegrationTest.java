package org.opencounter.margin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.margin.MarginRefused;
import org.opencounter.market.Securities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The risk officer keeps the lists: 600519 (a SSE 180 constituent), 000002 (another A-share), 510300 (an ETF). */
@IntegrationTest
class MarginSecuritiesIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired MarginSecurities lists;
    @Autowired Securities securities;
    @Autowired JdbcClient jdbc;

    private ClientsFixture staff;

    @BeforeEach
    void fixtures() {
        staff = new ClientsFixture(context);
    }

    @AfterEach
    void unsuspended() {
        jdbc.sql("update market_security set st = false, suspended = false where code in ('000002', '600519')")
                .update();
        securities.changed("000002");
        securities.changed("600519");
    }

    private static MarginSecurityForm entry(String code, String percent, boolean constituent, boolean target) {
        MarginSecurityForm form = new MarginSecurityForm();
        form.setCode(code);
        form.setCollateralRatePercent(new BigDecimal(percent));
        form.setIndexConstituent(constituent);
        form.setFinancingTarget(target);
        form.setLendingTarget(target);
        form.setStaticPe(new BigDecimal("25.30"));
        return form;
    }

    private MarginSecurity save(MarginSecurityForm form) {
        return staff.as("risk", () -> lists.save(form));
    }

    private static void assertRefused(Runnable attempt, String field, String key) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(MarginRefused.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo(key);
            assertThat(refused.field()).isEqualTo(field);
        });
    }

    @Test
    void aConstituentMayCountAt70PercentAndNotOneBasisPointMore() {
        assertThat(save(entry("600519", "70", true, true)).collateralRate()).isEqualByComparingTo("0.70");
        assertThat(lists.collateralRate("600519")).isEqualByComparingTo("0.70");

        assertRefused(() -> save(entry("600519", "70.01", true, true)), "collateralRatePercent",
                "margin.security.aboveMaximum");
    }

    @Test
    void anotherShareMayCountAt65Percent() {
        assertRefused(() -> save(entry("000002", "70", false, false)), "collateralRatePercent",
                "margin.security.aboveMaximum");
        assertThat(save(entry("000002", "65", false, false)).collateralRate()).isEqualByComparingTo("0.65");
    }

    @Test
    void aFirmMaySetALowerRateThanTheExchange() {
        save(entry("510300", "50", false, true));

        assertThat(lists.collateralRate("510300")).isEqualByComparingTo("0.50");
    }

    @Test
    void aSecurityThatTurnsStCountsAtNothingAndCannotBeATarget() {
        save(entry("000002", "65", false, true));
        jdbc.sql("update market_security set st = true where code = '000002'").update();
        securities.changed("000002");

        assertThat(lists.collateralRate("000002")).isEqualByComparingTo("0");
        assertThat(staff.as("risk", () -> lists.page(ListKind.FINANCING, "000002", PageRequest.of(0, 10)))
                .getContent()).singleElement().satisfies(listed -> {
                    assertThat(listed.exchangeMaximum()).isEqualByComparingTo("0");
                    assertThat(listed.effectiveRate()).isEqualByComparingTo("0");
                });
        assertRefused(() -> save(entry("000002", "0", false, true)), "financingTarget",
                "margin.security.targetNotAllowed");
    }

    @Test
    void aRemovedSecurityCountsAtNothingAndEveryChangeIsAudited() {
        save(entry("600519", "70", true, true));
        staff.as("risk", () -> lists.remove("600519"));

        assertThat(lists.collateralRate("600519")).isEqualByComparingTo("0");
        assertThat(jdbc.sql("select count(*) from platform_audit_event where entity_type = 'MarginSecurity'"
                + " and entity_id = '600519' and action in ('margin.security.change', 'margin.security.add',"
                + " 'margin.security.remove')").query(Long.class).single()).isGreaterThanOrEqualTo(2);
        assertRefused(() -> staff.as("risk", () -> lists.remove("600519")), null, "margin.security.notListed");
    }

    @Test
    void unknownCodesAndBadRatesAreRefused() {
        assertRefused(() -> save(entry("999999", "50", false, false)), "code", "margin.security.unknown");
        assertRefused(() -> save(entry("600519", "100.01", true, false)), "collateralRatePercent",
                "margin.security.rateInvalid");
        assertRefused(() -> save(entry("600519", "-1", true, false)), "collateralRatePercent",
                "margin.security.rateInvalid");
    }
}
