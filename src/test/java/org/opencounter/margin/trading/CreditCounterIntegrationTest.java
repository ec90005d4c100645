package org.opencounter.margin.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.margin.MarginFixture;
import org.opencounter.margin.MarginRefused;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.TradingDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The counter's cash business on the worked example's credit account (cash 50,000, 10,000 shares of 601988, financed
 * 300,000, interest 2,000): cash out only above 300%, direct repayment interest first, and the account's page.
 */
@IntegrationTest
class CreditCounterIntegrationTest {

    private static final String CODE = "601988";
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);
    private static int sequence = 345;

    @Autowired ApplicationContext context;
    @Autowired CreditCounter desk;
    @Autowired CreditBook book;
    @Autowired CreditLedgerCheck ledger;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private TradingDesk trading;
    private MarginFixture margin;
    private MarginContract contract;

    @BeforeEach
    void theWorkedExample() {
        trading = new TradingDesk(context);
        margin = new MarginFixture(context);
        contract = margin.contract(sequence++, "800000");
        margin.workedExample(contract, CODE);
        trading.quietMarket(CODE, "45.00");
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    private BigDecimal available() {
        return margin.staff().as("clerk", () -> book.standing(contract.clientId(), CODE)).orElseThrow().cash()
                .available();
    }

    private void asClerk(Runnable work) {
        margin.staff().as("clerk", work);
    }

    @Test
    void cashMovesInOncePerRequestAndIsAudited() {
        asClerk(() -> desk.transferIn(contract.id(), new BigDecimal("10000.00"), "in-1"));
        asClerk(() -> desk.transferIn(contract.id(), new BigDecimal("10000.00"), "in-1"));

        assertThat(available()).isEqualByComparingTo("60000.00");
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'margin.account.transferIn'"
                + " and entity_id = ?").param(String.valueOf(contract.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void cashLeavesOnlyAboveThreeHundredPercentToTheCent() {
        // at 45.00 the ratio is 165.56%: nothing may leave
        assertThatThrownBy(() -> asClerk(() -> desk.transferOut(contract.id(), new BigDecimal("0.01"), "out-0")))
                .isInstanceOf(MarginRefused.class).hasMessageContaining("margin.account.transferOut.tooMuch");

        // at 86.00: assets 50,000 + 860,000 = 910,000; 300% of the 302,000 owed is 906,000; 4,000.00 may leave
        trading.quietMarket(CODE, "86.00");
        assertThatThrownBy(() -> asClerk(() -> desk.transferOut(contract.id(), new BigDecimal("4000.01"), "out-1")))
                .isInstanceOf(MarginRefused.class);
        asClerk(() -> desk.transferOut(contract.id(), new BigDecimal("4000.00"), "out-2"));
        assertThat(available()).isEqualByComparingTo("46000.00");
    }

    @Test
    void aDirectRepaymentPaysTheInterestFirst() {
        asClerk(() -> desk.repay(contract.id(), new BigDecimal("2500.00"), "repay-1"));

        Map<String, Object> debt = jdbc.sql("select principal, interest from margin_debt where contract_id = ?")
                .param(contract.id()).query().singleRow();
        assertThat((BigDecimal) debt.get("interest")).isEqualByComparingTo("0.00");
        assertThat((BigDecimal) debt.get("principal")).isEqualByComparingTo("299500.00");
        assertThat(available()).isEqualByComparingTo("47500.00");

        assertThatThrownBy(() -> asClerk(() -> desk.repay(contract.id(), new BigDecimal("299500.01"), "repay-2")))
                .isInstanceOf(MarginRefused.class).hasMessageContaining("margin.account.repay.moreThanOwed");
        assertThatThrownBy(() -> asClerk(() -> desk.repay(contract.id(), new BigDecimal("47500.01"), "repay-3")))
                .isInstanceOf(MarginRefused.class).hasMessageContaining("margin.account.repay.notEnoughCash");
    }

    @Test
    void theCreditCashCheckFindsABalanceThatMovedWithoutAnEntry() {
        asClerk(() -> desk.transferIn(contract.id(), new BigDecimal("10000.00"), "in-2"));
        asClerk(() -> desk.repay(contract.id(), new BigDecimal("2500.00"), "repay-4"));
        assertThat(ledger.breaks()).extracting(CreditLedgerCheck.Break::contractId).doesNotContain(contract.id());

        jdbc.sql("update margin_credit_cash set balance = balance + 0.01 where contract_id = ?").param(contract.id())
                .update();
        try {
            assertThat(ledger.breaks()).filteredOn(b -> b.contractId() == contract.id()).singleElement()
                    .satisfies(b -> {
                        assertThat(b.balance()).isEqualByComparingTo("57500.01");
                        assertThat(b.journalBalance()).isEqualByComparingTo("57500.00");
                    });
        } finally {
            jdbc.sql("update margin_credit_cash set balance = balance - 0.01 where contract_id = ?")
                    .param(contract.id()).update();
        }
    }

    @Test
    void interestOwedIsWhatTheJournalAccruedLessWhatWasRepaid() {
        // the worked example's 2,000 of interest was accrued through the journal; 500 of it is repaid
        asClerk(() -> desk.repay(contract.id(), new BigDecimal("500.00"), "repay-5"));
        assertThat(ledger.breaks()).extracting(CreditLedgerCheck.Break::contractId).doesNotContain(contract.id());

        jdbc.sql("update margin_debt set interest = interest + 1 where contract_id = ?").param(contract.id()).update();
        try {
            assertThat(ledger.breaks()).filteredOn(b -> b.contractId() == contract.id()).singleElement()
                    .satisfies(b -> {
                        assertThat(b.interest()).isEqualByComparingTo("1501.00");
                        assertThat(b.journalInterest()).isEqualByComparingTo("1500.00");
                    });
        } finally {
            jdbc.sql("update margin_debt set interest = interest - 1 where contract_id = ?").param(contract.id())
                    .update();
        }
    }

    @Test
    void theAccountPageShowsTheBooksAndRefusesNextToTheAmount() throws Exception {
        var clerk = user(margin.staff().login("clerk"));
        String page = mvc.perform(get("/margin/accounts/" + contract.id()).with(clerk)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("holdings-table", "debts-table", "journal-table", "50,000.00", "300,000.00",
                "165.56%");

        String refused = mvc.perform(post("/margin/accounts/" + contract.id() + "/cash").with(csrf()).with(clerk)
                        .param("operation", "TRANSFER_OUT").param("amount", "100.00").param("requestKey", "k-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"amount-error\"", "超过可转出资金");

        mvc.perform(post("/margin/accounts/" + contract.id() + "/cash").with(csrf()).with(clerk)
                        .param("operation", "REPAY").param("amount", "1000.00").param("requestKey", "k-2"))
                .andExpect(status().is3xxRedirection());
        assertThat(available()).isEqualByComparingTo("49000.00");

        mvc.perform(get("/margin/accounts/" + contract.id()).with(user(margin.staff().login("manager.bj"))))
                .andExpect(status().isNotFound());
    }
}
