package org.opencounter.margin.trading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.margin.MarginFixture;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.orders.CreditStanding;
import org.opencounter.orders.CreditTrade;
import org.opencounter.orders.OrderEntry;
import org.opencounter.orders.OrderReceipt;
import org.opencounter.orders.OrderStatus;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.Side;
import org.opencounter.orders.TradingDaySettled;
import org.opencounter.orders.TradingDesk;
import org.opencounter.orders.exchange.SimulatedExchange;
import org.opencounter.orders.order.OrderRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Credit trades (信用交易) through the order entry on the simulated exchange, at 10:00 on Monday 2026-12-07, in
 * 600036 quoted at 10.00, a financing target counting at 70% as collateral. Fees as in the domain reference: 1,000 ×
 * 10.00 pays 5.00 commission (the minimum) and 0.10 transfer fee.
 */
@IntegrationTest
class CreditTradingIntegrationTest {

    private static final String CODE = "600036";
    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);
    private static int sequence = 330;

    @Autowired ApplicationContext context;
    @Autowired CreditBook book;
    @Autowired CreditTransfers transfers;
    @Autowired CreditSettlement settlement;
    @Autowired OrderEntry entry;
    @Autowired OrderRepository orders;
    @Autowired SimulatedExchange exchange;
    @Autowired JdbcClient jdbc;

    private TradingDesk desk;
    private MarginFixture margin;
    private MarginContract contract;

    @BeforeEach
    void aContractWithCreditCash() {
        desk = new TradingDesk(context);
        margin = new MarginFixture(context);
        jdbc.sql("""
                        insert into margin_security (code, financing_target, lending_target, collateral_rate,
                            index_constituent, government_bond, static_pe, updated_by, updated_at)
                        values (?, true, true, 0.70, true, false, 6.00, 'test', now())
                        on conflict (code) do update set financing_target = true, collateral_rate = 0.70,
                            index_constituent = true, static_pe = 6.00""")
                .param(CODE).update();
        contract = margin.contract(sequence++, "800000");
        desk.quietMarket(CODE, "10.00");
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    private void creditCash(String amount) {
        transfers.transferIn(contract.id(), new BigDecimal(amount), MONDAY, "test:" + contract.id(), "test");
    }

    private CreditStanding standing() {
        return margin.staff().as("clerk", () -> book.standing(contract.clientId(), CODE)).orElseThrow();
    }

    private OrderReceipt place(CreditTrade trade, long quantity, String price) {
        return desk.place(contract.clientId(), CODE, trade, quantity, price);
    }

    private OrderStatus status(OrderReceipt receipt) {
        return orders.findById(receipt.orderId()).orElseThrow().getStatus();
    }

    private Map<String, Object> debt() {
        return jdbc.sql("select quantity, principal, interest, status from margin_debt where contract_id = ?")
                .param(contract.id()).query().singleRow();
    }

    private void settleToday() {
        settlement.on(new TradingDaySettled(MONDAY, 0, Instant.now()));
    }

    /** The client's credit cash as the journal adds it up: every entry into AVAILABLE or FROZEN, less every one out. */
    private BigDecimal journalBalance() {
        return jdbc.sql("""
                        select coalesce(sum(case when to_account in ('AVAILABLE', 'FROZEN') then amount else 0 end)
                                      - sum(case when from_account in ('AVAILABLE', 'FROZEN') then amount else 0 end), 0)
                        from margin_credit_journal where contract_id = ?""")
                .param(contract.id()).query(BigDecimal.class).single();
    }

    @Test
    void aCollateralBuyPaysFromTheCreditCashAndLeavesTheOrdinaryAccountAlone() {
        creditCash("100000.00");
        BigDecimal ordinary = desk.balances(contract.clientId()).available();

        OrderReceipt receipt = place(CreditTrade.COLLATERAL_BUY, 1000, "10.00");

        assertThat(status(receipt)).isEqualTo(OrderStatus.FILLED);
        CreditStanding after = standing();
        assertThat(after.cash().available()).isEqualByComparingTo("89994.90");
        assertThat(after.cash().frozen()).isEqualByComparingTo("0.00");
        assertThat(after.heldShares()).isEqualTo(1000);
        assertThat(after.sellableShares()).as("bought today: sellable from T+1").isZero();
        assertThat(journalBalance()).isEqualByComparingTo("89994.90");
        assertThat(desk.balances(contract.clientId()).available()).isEqualByComparingTo(ordinary);
        assertThat(jdbc.sql("select credit from orders_trade where order_id = ?").param(receipt.orderId())
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from orders_position where client_id = ?").param(contract.clientId())
                .query(Long.class).single()).as("no ordinary position").isZero();

        settleToday();
        assertThat(standing().sellableShares()).isEqualTo(1000);
    }

    @Test
    void aFinancingBuyDrawsADebtWithinTheLineAndTheMarginAvailable() {
        creditCash("100000.00");
        assertThat(standing().marginAvailable()).isEqualByComparingTo("100000.00");

        // 5,000 × 10.00 = 50,000.00; commission 12.50, transfer 0.50: 50,013.00 financed
        OrderReceipt receipt = place(CreditTrade.FINANCING_BUY, 5000, "10.00");

        assertThat(status(receipt)).isEqualTo(OrderStatus.FILLED);
        Map<String, Object> debt = debt();
        assertThat(debt.get("quantity")).isEqualTo(5000L);
        assertThat((BigDecimal) debt.get("principal")).isEqualByComparingTo("50013.00");
        CreditStanding after = standing();
        assertThat(after.cash().available()).as("the firm paid").isEqualByComparingTo("100000.00");
        assertThat(after.lineAvailable()).isEqualByComparingTo("749987.00");
        assertThat(after.financingOwed()).isEqualByComparingTo("50013.00");
        // 100,000 + (50,000 − 50,013) in full − 50,013 × 100% = 49,974.00
        assertThat(after.marginAvailable()).isEqualByComparingTo("49974.00");
        assertThat(jdbc.sql("select line_frozen from margin_credit_cash where contract_id = ?").param(contract.id())
                .query(BigDecimal.class).single()).isEqualByComparingTo("0.00");
    }

    @Test
    void aFinancingBuyNeedsMarginAvailableForItsAmountToTheCent() {
        // 2,000 × 10.00 = 20,000.00; commission 5.00 (minimum), transfer 0.20: 20,005.20 at 100%
        creditCash("20005.19");
        OrderReceipt refused = place(CreditTrade.FINANCING_BUY, 2000, "10.00");

        assertThat(status(refused)).isEqualTo(OrderStatus.REJECTED);
        assertThat(refused.rejectionKey()).isEqualTo("margin.trade.check.marginAvailable");
        assertThat(refused.figures()).containsExactly("20,005.20", "20,005.19", "100%");

        transfers.transferIn(contract.id(), new BigDecimal("0.01"), MONDAY, "test:cent:" + contract.id(), "test");
        assertThat(status(place(CreditTrade.FINANCING_BUY, 2000, "10.00"))).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void aFinancingBuyBeyondTheLineIsRefused() {
        creditCash("900000.00");
        // 80,000 × 10.00 = 800,000.00 plus fees is more than the 800,000 line
        OrderReceipt refused = place(CreditTrade.FINANCING_BUY, 80000, "10.00");

        assertThat(refused.rejectionKey()).isEqualTo("margin.trade.check.line");
        assertThat(refused.figures()).containsExactly("800,208.00", "800,000.00");
    }

    @Test
    void aSellToRepayPaysTheInterestFirstThenThePrincipal() {
        creditCash("100000.00");
        place(CreditTrade.FINANCING_BUY, 5000, "10.00");
        settleToday();
        jdbc.sql("update margin_debt set interest = 100.00 where contract_id = ?").param(contract.id()).update();

        // 2,000 × 9.99 = 19,980.00 less commission 5.00 (minimum), stamp duty 9.99, transfer 0.20: 19,964.81
        OrderReceipt receipt = place(CreditTrade.SELL_TO_REPAY, 2000, "9.99");

        assertThat(status(receipt)).isEqualTo(OrderStatus.FILLED);
        Map<String, Object> debt = debt();
        assertThat((BigDecimal) debt.get("interest")).isEqualByComparingTo("0.00");
        assertThat((BigDecimal) debt.get("principal")).isEqualByComparingTo("30148.19");
        assertThat(debt.get("quantity")).as("5,000 × 30,148.19 / 50,013.00, rounded down").isEqualTo(3014L);
        assertThat(standing().cash().available()).isEqualByComparingTo("100000.00");
        assertThat(standing().heldShares()).isEqualTo(3000);
        assertThat(jdbc.sql("""
                        select to_account || ' ' || amount from margin_credit_journal
                        where contract_id = ? and kind = 'REPAYMENT' order by id""")
                .param(contract.id()).query(String.class).list())
                .containsExactly("INTEREST 100.00", "FINANCING 19864.81");
        assertThat(journalBalance()).isEqualByComparingTo("100000.00");
    }

    @Test
    void aSellToRepayWithNoDebtIsRefusedAndACollateralSellKeepsTheCash() {
        creditCash("100000.00");
        place(CreditTrade.COLLATERAL_BUY, 1000, "10.00");
        settleToday();

        OrderReceipt refused = place(CreditTrade.SELL_TO_REPAY, 1000, "9.99");
        assertThat(refused.rejectionKey()).isEqualTo("margin.trade.check.nothingToRepay");
        assertThat(standing().sellableShares()).as("nothing stays frozen").isEqualTo(1000);

        // 1,000 × 9.99 = 9,990.00 less commission 5.00 (minimum), stamp duty 5.00 (4.995), transfer 0.10: 9,979.90
        assertThat(status(place(CreditTrade.COLLATERAL_SELL, 1000, "9.99"))).isEqualTo(OrderStatus.FILLED);
        assertThat(standing().cash().available()).isEqualByComparingTo("99974.80");
        assertThat(standing().heldShares()).isZero();
    }

    @Test
    void aCanceledFinancingBuyGivesItsLineBack() {
        creditCash("100000.00");
        OrderReceipt resting = place(CreditTrade.FINANCING_BUY, 1000, "9.50");
        assertThat(status(resting)).isEqualTo(OrderStatus.NEW);
        // 9,500.00 plus commission 5.00 and transfer 0.10
        assertThat(standing().lineAvailable()).isEqualByComparingTo("790494.90");

        margin.staff().as("clerk", () -> entry.cancel(resting.orderId()));
        exchange.awaitIdle();

        assertThat(status(resting)).isEqualTo(OrderStatus.CANCELED);
        assertThat(standing().lineAvailable()).isEqualByComparingTo("800000.00");
    }

    @Test
    void aClientWithoutAMarginContractCannotTradeOnCredit() {
        long ordinary = desk.clientWith(sequence++, "100000.00");
        OrderReceipt refused = desk.place(ordinary, CODE, CreditTrade.COLLATERAL_BUY, 100, "10.00");

        assertThat(refused.rejectionKey()).isEqualTo("orders.check.credit.noAccount");
        assertThat(desk.balances(ordinary).frozen()).isEqualByComparingTo("0.00");
        assertThat(Side.BUY).isEqualTo(CreditTrade.COLLATERAL_BUY.side());
    }
}
