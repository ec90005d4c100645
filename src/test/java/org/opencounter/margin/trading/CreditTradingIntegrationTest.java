package org.opencounter.margin.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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
import org.opencounter.margin.security.ConcentrationReview;
import org.opencounter.margin.security.LendingPool;
import org.opencounter.orders.CreditStanding;
import org.opencounter.orders.CreditTrade;
import org.opencounter.orders.OrderEntry;
import org.opencounter.orders.OrderReceipt;
import org.opencounter.orders.OrderStatus;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.Side;
import org.opencounter.orders.TradingDesk;
import org.opencounter.orders.exchange.SimulatedExchange;
import org.opencounter.orders.order.OrderRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

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
    @Autowired CreditPositions positions;
    @Autowired TransactionTemplate transactions;
    @Autowired CreditShares shares;
    @Autowired LendingPool pool;
    @Autowired ConcentrationReview concentration;
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
        margin.financingTarget(CODE);
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

    /** What CreditSettlement does, after its event, when the day settles; here on the test's thread. */
    private void settleToday() {
        transactions.executeWithoutResult(status -> positions.settle());
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
                .containsExactly("ACCRUED 100.00", "FINANCING 19864.81");
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

    /** The stock moves up a tick and more: resting sells at 10.00 now meet the simulated bids. */
    private void priceRisesTo(String price) {
        desk.priceMovesTo(CODE, price);
    }

    private void lendingPool(long shares) {
        margin.staff().as("risk", () -> pool.set(CODE, shares));
    }

    /** What open short sells of other tests hold of the pool. */
    private long reserved() {
        return jdbc.sql("select coalesce(sum(quantity), 0) from margin_lending_reservation where code = ?")
                .param(CODE).query(Long.class).single();
    }

    private Map<String, Object> lendingDebt() {
        return jdbc.sql("select quantity, principal, status from margin_debt where contract_id = ? and kind = 'LENDING'")
                .param(contract.id()).query().singleRow();
    }

    @Test
    void aShortSellBorrowsFromThePoolAndItsProceedsOnlyBuyBack() {
        creditCash("100000.00");
        lendingPool(5000);
        // other tests' short sells may still hold some of the pool
        long lendable = standing().lendable();
        OrderReceipt shortSell = place(CreditTrade.SHORT_SELL, 1000, "10.00");
        assertThat(status(shortSell)).as("at the latest price it waits for a bid").isEqualTo(OrderStatus.NEW);
        assertThat(standing().lendable()).isEqualTo(lendable - 1000);
        assertThat(standing().lineAvailable()).as("its value holds line").isEqualByComparingTo("790000.00");

        priceRisesTo("10.10");

        assertThat(status(shortSell)).isEqualTo(OrderStatus.FILLED);
        Map<String, Object> trade = jdbc.sql("""
                        select amount - commission - stamp_duty - transfer_fee - exchange_fees as net, amount
                        from orders_trade where order_id = ?""").param(shortSell.orderId()).query().singleRow();
        Map<String, Object> debt = lendingDebt();
        assertThat(debt.get("quantity")).isEqualTo(1000L);
        assertThat((BigDecimal) debt.get("principal")).isEqualByComparingTo((BigDecimal) trade.get("net"));
        CreditStanding afterShort = standing();
        assertThat(afterShort.sharesOwed()).isEqualTo(1000);
        assertThat(afterShort.lendable()).isEqualTo(lendable - 1000);
        assertThat(afterShort.shortProceeds()).isEqualByComparingTo((BigDecimal) trade.get("net"));
        assertThat(afterShort.cash().available()).as("the proceeds only buy back").isEqualByComparingTo("100000.00");
        assertThat(afterShort.lineAvailable()).isEqualByComparingTo(new BigDecimal("800000.00")
                .subtract((BigDecimal) trade.get("net")));

        OrderReceipt tooMany = place(CreditTrade.BUY_TO_RETURN, 1100, "10.10");
        assertThat(tooMany.rejectionKey()).isEqualTo("margin.trade.check.moreThanOwed");
        assertThat(status(place(CreditTrade.BUY_TO_RETURN, 1000, "10.10"))).isEqualTo(OrderStatus.FILLED);

        assertThat(lendingDebt().get("status")).isEqualTo("REPAID");
        CreditStanding returned = standing();
        assertThat(returned.sharesOwed()).isZero();
        assertThat(returned.shortProceeds()).isEqualByComparingTo("0.00");
        assertThat(returned.lendable()).isEqualTo(lendable);
        assertThat(returned.heldShares()).as("every share bought went back").isZero();
        assertThat(journalBalance()).isEqualByComparingTo(returned.cash().available());
    }

    @Test
    void aShortSellBelowTheLatestPriceOrBeyondThePoolIsRefused() {
        creditCash("100000.00");
        lendingPool(500 + reserved());

        OrderReceipt low = place(CreditTrade.SHORT_SELL, 100, "9.99");
        assertThat(low.rejectionKey()).isEqualTo("margin.trade.check.shortPrice");
        assertThat(low.figures()).containsExactly("9.99", "10.00");

        OrderReceipt large = place(CreditTrade.SHORT_SELL, 1000, "10.00");
        assertThat(large.rejectionKey()).isEqualTo("margin.trade.check.pool");
        assertThat(large.figures()).containsExactly("1,000", "500");
        assertThat(status(place(CreditTrade.SHORT_SELL, 500, "10.00"))).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void sharesHeldInTheCreditAccountReturnTheLendingDebtDirectly() {
        creditCash("100000.00");
        lendingPool(5000);
        place(CreditTrade.COLLATERAL_BUY, 1000, "10.00");
        settleToday();
        place(CreditTrade.SHORT_SELL, 600, "10.00");
        priceRisesTo("10.10");

        assertThatThrownBy(() -> margin.staff().as("clerk", () -> shares.returnShares(contract.id(), CODE, 700,
                "return-1"))).isInstanceOf(MarginRefused.class).hasMessageContaining("margin.account.return.moreThanOwed");
        margin.staff().as("clerk", () -> shares.returnShares(contract.id(), CODE, 600, "return-2"));
        margin.staff().as("clerk", () -> shares.returnShares(contract.id(), CODE, 600, "return-2"));

        assertThat(lendingDebt().get("status")).isEqualTo("REPAID");
        assertThat(standing().heldShares()).as("one return of 600 out of 1,000").isEqualTo(400);
    }

    /** The firm's financing balance in the security, all contracts together, as the concentration review sums it. */
    private BigDecimal financingBalance() {
        return jdbc.sql("""
                        select coalesce(sum(principal), 0) from margin_debt
                        where code = ? and kind = 'FINANCING' and status = 'OPEN'""")
                .param(CODE).query(BigDecimal.class).single();
    }

    /** The shares at 10.00 that are worth the balance times the multiple. */
    private static long shares(BigDecimal balance, int multiple, RoundingMode rounding) {
        return balance.multiply(BigDecimal.valueOf(multiple)).divide(BigDecimal.TEN, 0, rounding).longValueExact();
    }

    private void freeFloat(long shares) {
        jdbc.sql("update margin_security set float_shares = ? where code = ?").params(shares, CODE).update();
        concentration.review(MONDAY);
    }

    @Test
    void financingBuysHaltAtTwentyFivePercentOfTheFloatAndResumeUnderTwenty() {
        creditCash("100000.00");
        place(CreditTrade.FINANCING_BUY, 5000, "10.00");
        BigDecimal balance = financingBalance();
        try {
            // a float worth at most four times the balance at 10.00: 25% or just over
            freeFloat(shares(balance, 4, RoundingMode.DOWN));
            OrderReceipt halted = place(CreditTrade.FINANCING_BUY, 100, "10.00");
            assertThat(halted.rejectionKey()).isEqualTo("margin.trade.check.concentration");
            assertThat(halted.figures()).first().isEqualTo(CODE);
            assertThat(status(place(CreditTrade.COLLATERAL_BUY, 100, "10.00"))).as("collateral buys go on")
                    .isEqualTo(OrderStatus.FILLED);

            // at 20% or just over it stays halted; a float worth more than five times the balance resumes buys
            freeFloat(shares(balance, 5, RoundingMode.DOWN));
            assertThat(place(CreditTrade.FINANCING_BUY, 100, "10.00").rejectionKey())
                    .isEqualTo("margin.trade.check.concentration");
            freeFloat(shares(balance, 5, RoundingMode.DOWN) + 1);
            assertThat(status(place(CreditTrade.FINANCING_BUY, 100, "10.00"))).isEqualTo(OrderStatus.FILLED);
        } finally {
            jdbc.sql("""
                            update margin_security set float_shares = null, financing_halted = false,
                                concentration = null where code = ?""")
                    .param(CODE).update();
        }
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
