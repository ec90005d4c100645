package org.opencounter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Whatever ran before, a test class starts from the demo data alone. */
@IntegrationTest
class DatabaseResetTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyTheDemoLoginsExist() {
        assertThat(jdbc.sql("select username from platform_staff_user order by username").query(String.class).list())
                .containsExactly("admin", "admin2", "advisor", "advisor.bj", "advisor.hz", "advisor.sz", "advisor2",
                        "analyst", "auditor", "clerk", "compliance", "compliance2", "credit", "manager", "manager.bj", "ops", "risk",
                        "risk2", "wealth");
    }

    @Test
    void nothingIsPendingOrLocked() {
        assertThat(jdbc.sql("select type from platform_approval_request where status = 'PENDING'").query(String.class)
                .list()).as("only the demo's margin credit application and liquidation plan wait, for risk officers,"
                        + " and its AML report filing, for the second compliance officer")
                .containsExactlyInAnyOrder("margin.credit", "margin.liquidation", "compliance.aml-report-filing");
        assertThat(jdbc.sql("select count(*) from platform_staff_user where locked_until is not null or failed_attempts > 0")
                .query(Long.class).single()).isZero();
    }

    @Test
    void referenceDataIsKept() {
        assertThat(jdbc.sql("select count(*) from market_security").query(Long.class).single()).isGreaterThanOrEqualTo(60);
        assertThat(jdbc.sql("select count(*) from market_calendar_day").query(Long.class).single()).isEqualTo(1461);
    }

    /**
     * Main-board holdings, and one institution's stake of just over 5% in a Beijing stock (selling needs no
     * permission).
     */
    @Test
    void demoClientsHoldSellableMainBoardSecuritiesInWholeLots() {
        assertThat(jdbc.sql("select count(distinct client_id) from orders_position").query(Long.class).single())
                .isGreaterThan(100);
        assertThat(jdbc.sql("""
                        select count(*) from orders_position p join market_security s on s.code = p.code
                        where p.bought_today > 0 or p.frozen > 0 or p.quantity % s.lot_size <> 0 or p.cost <= 0
                           or s.board not in ('MAIN', 'BSE')""")
                .query(Long.class).single()).isZero();
    }
}
