package org.opencounter.orders.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.Side;
import org.opencounter.orders.TradingDesk;
import org.opencounter.orders.settlement.Settlement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Statements of settled days on the real database: a client deposits and buys on Tuesday, sells on Wednesday, and
 * both days settle. The daily and monthly statements carry the worked numbers, come out as PDFs that open, and are
 * refused for days that have not settled.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementIntegrationTest {

    static final String CODE = "600036";
    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);

    @Autowired ApplicationContext context;
    @Autowired Settlement settlement;
    @Autowired Statements statements;
    @Autowired StatementPdf pdf;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private TradingDesk desk;
    private long client;
    private String account;
    private BigDecimal close;

    @BeforeAll
    void tradeOnTwoDaysAndSettleBoth() {
        desk = new TradingDesk(context);
        desk.quietMarket(CODE, "10.00");
        TestClock.INSTANCE.setShanghai("2026-11-24T10:00");
        client = desk.clientWith(311, "50000.00");
        account = desk.fundAccount(client);
        desk.holds(client, CODE, 300, "2700.00");
        assertThat(desk.place(client, CODE, Side.BUY, 1000, "10.00").rejected()).isFalse();
        TestClock.INSTANCE.setShanghai("2026-11-24T15:45");
        assertThat(settlement.settle(TUESDAY, "ops").completed()).isTrue();

        TestClock.INSTANCE.setShanghai("2026-11-25T10:00");
        assertThat(desk.place(client, CODE, Side.SELL, 200, "9.99").rejected()).isFalse();
        TestClock.INSTANCE.setShanghai("2026-11-25T15:45");
        assertThat(settlement.settle(WEDNESDAY, "ops").completed()).isTrue();
        close = jdbc.sql("select close from market_daily_bar where code = ? and trade_date = ?")
                .params(CODE, WEDNESDAY).query(BigDecimal.class).optional().orElse(new BigDecimal("10.00"));
    }

    @AfterAll
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void theDailyStatementOpensWithTheEveningBeforeAndClosesWithTheDaysSale() throws IOException {
        Statement statement = desk.fixture().as("clerk", () -> statements.daily(client, WEDNESDAY));

        // 50,000.00 deposited, less 10,000.00 + 5.00 commission + 0.10 transfer fee for Tuesday's purchase
        assertThat(statement.cash().opening()).isEqualByComparingTo("39994.90");
        assertThat(statement.cash().movements()).singleElement().satisfies(movement -> {
            assertThat(movement.kind()).isEqualTo("TRADE_SELL");
            assertThat(movement.amount()).isEqualByComparingTo("1991.98");
        });
        assertThat(statement.cash().closing()).isEqualByComparingTo("41986.88");
        assertThat(statement.trades()).singleElement().satisfies(trade -> {
            assertThat(trade.side()).isEqualTo(Side.SELL);
            assertThat(trade.cashEffect()).isEqualByComparingTo("1991.98");
        });
        // 300 held before, 1,000 bought on Tuesday, 200 sold on Wednesday
        assertThat(statement.positions()).singleElement().satisfies(position -> {
            assertThat(position.quantity()).isEqualTo(1100);
            assertThat(position.closePrice()).isEqualByComparingTo(close);
        });
        BigDecimal marketValue = close.multiply(BigDecimal.valueOf(1100)).setScale(2);
        assertThat(statement.totalAssets()).isEqualByComparingTo(new BigDecimal("41986.88").add(marketValue));

        String text = text(pdf.render(statement));
        assertThat(text).contains("客户日对账单").contains(account).contains("39,994.90").contains("41,986.88")
                .contains("1,991.98").contains("招商银行").contains("1,100");
    }

    @Test
    void theMonthlyStatementRunsFromTheFirstOfTheMonthToTheLastSettledDay() throws IOException {
        Statement statement = desk.fixture().as("clerk", () -> statements.monthly(client, YearMonth.of(2026, 11)));

        assertThat(statement.period().to()).isEqualTo(WEDNESDAY);
        assertThat(statement.period().partial()).isTrue();
        assertThat(statement.cash().opening()).isEqualByComparingTo("0.00");
        assertThat(statement.cash().total("BANK_TRANSFER_IN")).isEqualByComparingTo("50000.00");
        assertThat(statement.cash().total("TRADE_BUY")).isEqualByComparingTo("-10005.10");
        assertThat(statement.cash().total("TRADE_SELL")).isEqualByComparingTo("1991.98");
        assertThat(statement.cash().closing()).isEqualByComparingTo("41986.88");
        assertThat(statement.trades()).hasSize(2);
        assertThat(statement.bought()).isEqualByComparingTo("10000.00");
        assertThat(statement.fees()).isEqualByComparingTo("11.12");

        String text = text(pdf.render(statement));
        assertThat(text).contains("客户月对账单").contains("2026-11-01").contains("50,000.00").contains("-10,005.10");
    }

    @Test
    void daysAndMonthsThatHaveNotSettledHaveNoStatement() {
        assertThatThrownBy(() -> desk.fixture().as("clerk", () -> statements.daily(client, LocalDate.of(2026, 11, 26))))
                .isInstanceOf(StatementUnavailable.class).hasMessage("orders.statement.notSettled");
        assertThatThrownBy(() -> desk.fixture().as("clerk", () -> statements.daily(client, LocalDate.of(2026, 11, 22))))
                .isInstanceOf(StatementUnavailable.class).hasMessage("orders.statement.notTradingDay");
        assertThatThrownBy(() -> desk.fixture().as("clerk", () -> statements.monthly(client, YearMonth.of(2026, 12))))
                .isInstanceOf(StatementUnavailable.class).hasMessage("orders.statement.monthNotSettled");
    }

    @Test
    void theClerkDownloadsThePdfAndTheIssueIsAudited() throws Exception {
        var clerk = user(desk.fixture().login("clerk"));
        byte[] body = mvc.perform(get("/orders/statements/daily").param("account", account).param("date", "2026-11-25")
                        .with(clerk))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("statement-" + account + "-2026-11-25.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(body)).contains("41,986.88");
        mvc.perform(get("/orders/statements/monthly").param("account", account).param("month", "2026-11").with(clerk))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        assertThat(jdbc.sql("""
                        select count(*) from platform_audit_event where action = 'orders.statement.view'
                        and entity_id = ?""").param(String.valueOf(client)).query(Long.class).single())
                .isEqualTo(2);

        String page = mvc.perform(get("/orders/statements").param("account", account).with(clerk))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("statement-client").contains("value=\"2026-11-25\"").contains("value=\"2026-11\"");
    }

    @Test
    void badInputComesBackAsTheFormWithTheReasonNextToTheField() throws Exception {
        var clerk = user(desk.fixture().login("clerk"));
        assertThat(form(get("/orders/statements/daily").param("account", account).param("date", "2026-11-26")
                .with(clerk))).contains("is-invalid").contains("2026-11-26 尚未完成清算");
        assertThat(form(get("/orders/statements/daily").param("account", account).param("date", "25/11/2026")
                .with(clerk))).contains("请选择对账日");
        assertThat(form(get("/orders/statements/daily").param("account", "999999999999").param("date", "2026-11-25")
                .with(clerk))).contains("invalid-feedback");
        assertThat(form(get("/orders/statements/daily").param("date", "2026-11-25").with(clerk)))
                .contains("请输入资金账号");
        assertThat(form(get("/orders/statements/monthly").param("account", account).param("month", "2026-12")
                .with(clerk))).contains("2026-12 还没有完成清算的交易日");
        assertThat(form(get("/orders/statements/monthly").param("account", account).param("month", "Nov")
                .with(clerk))).contains("请选择对账月份");
    }

    @Test
    void anotherBranchCannotIssueTheClientsStatement() throws Exception {
        mvc.perform(get("/orders/statements/daily").param("account", account).param("date", "2026-11-25")
                        .with(user(desk.fixture().login("manager.bj"))))
                .andExpect(status().isNotFound());
    }

    private String form(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            return new PDFTextStripper().getText(document);
        }
    }
}
