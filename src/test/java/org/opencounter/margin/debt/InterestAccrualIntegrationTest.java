package org.opencounter.margin.debt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.margin.MarginFixture;
import org.opencounter.margin.credit.MarginContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 300,000 financed at 6.5% on Friday 2026-12-04 and 100,000 of short-sale proceeds at 8.5% the same day: Friday's
 * run books one day, Monday's three (Saturday, Sunday, Monday).
 */
@IntegrationTest
class InterestAccrualIntegrationTest {

    private static int sequence = 298;

    @Autowired ApplicationContext context;
    @Autowired InterestAccrual accrual;
    @Autowired JdbcClient jdbc;

    private long financing;
    private long lending;

    @BeforeEach
    void debtsOpenedOnFriday() {
        MarginContract contract = new MarginFixture(context).contract(sequence++, "800000");
        financing = debt(contract, "FINANCING", 10_000, "300000.00");
        lending = debt(contract, "LENDING", 2_000, "100000.00");
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    private long debt(MarginContract contract, String kind, long quantity, String principal) {
        return jdbc.sql("""
                        insert into margin_debt (contract_id, kind, code, quantity, principal, interest, opened_on,
                            accrued_until, status)
                        values (?, ?, '601988', ?, ?, 0, '2026-12-04', '2026-12-03', 'OPEN') returning id""")
                .params(contract.id(), kind, quantity, new BigDecimal(principal)).query(Long.class).single();
    }

    private BigDecimal interest(long debt) {
        return jdbc.sql("select interest from margin_debt where id = ?").param(debt).query(BigDecimal.class).single();
    }

    @Test
    void mondayCarriesTheWeekend() {
        accrual.accrue(LocalDate.parse("2026-12-04"));
        assertThat(interest(financing)).isEqualByComparingTo("54.17");
        assertThat(interest(lending)).as("100,000 x 8.5% / 360").isEqualByComparingTo("23.61");

        accrual.accrue(LocalDate.parse("2026-12-07"));
        assertThat(interest(financing)).as("54.17 + 162.50").isEqualByComparingTo("216.67");
        assertThat(interest(lending)).as("23.61 + 70.83").isEqualByComparingTo("94.44");
        assertThat(jdbc.sql("select days from margin_interest_accrual where debt_id = ? order by accrued_on")
                .param(financing).query(Integer.class).list()).containsExactly(1, 3);
        assertThat(jdbc.sql("""
                        select from_account || ' ' || to_account || ' ' || amount from margin_credit_journal
                        where reference like ? order by id""")
                .param("interest:" + financing + ":%").query(String.class).list())
                .as("each accrual is booked in the credit journal")
                .containsExactly("ACCRUED INTEREST 54.17", "ACCRUED INTEREST 162.50");
    }

    @Test
    void aDayIsNeverAccruedTwice() {
        accrual.accrue(LocalDate.parse("2026-12-07"));
        accrual.accrue(LocalDate.parse("2026-12-07"));

        assertThat(interest(financing)).as("four days at once").isEqualByComparingTo("216.67");
        assertThat(jdbc.sql("select count(*) from margin_interest_accrual where debt_id = ?").param(financing)
                .query(Long.class).single()).isOne();
    }

    @Test
    void aRepaidDebtAccruesNothing() {
        jdbc.sql("update margin_debt set status = 'REPAID', principal = 0 where id = ?").param(lending).update();

        accrual.accrue(LocalDate.parse("2026-12-07"));

        assertThat(interest(lending)).isEqualByComparingTo("0");
    }
}
