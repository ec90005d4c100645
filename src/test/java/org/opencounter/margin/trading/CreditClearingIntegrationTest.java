package org.opencounter.margin.trading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.margin.MarginFixture;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.orders.CreditTrade;
import org.opencounter.orders.OrderReceipt;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.TradingDesk;
import org.opencounter.orders.settlement.Settlement;
import org.opencounter.orders.settlement.SettlementRun;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Credit trades settle with the clearing house in the end of day (信用交易交收), on Friday 2026-11-20, a day no other
 * test trades on. Fees as in the domain reference: commission 0.025% with a 5.00 minimum, transfer fee 0.001%, stamp
 * duty 0.05% on sales. The firm keeps the commission; the clearing house is owed the value and the fees passed on.
 */
@IntegrationTest
class CreditClearingIntegrationTest {

    private static final String CODE = "600036";
    private static final LocalDate FRIDAY = LocalDate.parse("2026-11-20");
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);

    @Autowired ApplicationContext context;
    @Autowired CreditTransfers transfers;
    @Autowired CreditLedgerCheck ledgerCheck;
    @Autowired Settlement settlement;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void theEndOfDaySettlesTheCreditTradesNetAndTheFirmKeepsTheCommission() {
        TradingDesk desk = new TradingDesk(context);
        MarginFixture margin = new MarginFixture(context);
        margin.financingTarget(CODE);
        MarginContract contract = margin.contract(361, "800000");
        desk.quietMarket(CODE, "10.00");
        TestClock.INSTANCE.setShanghai("2026-11-20T10:00");
        transfers.transferIn(contract.id(), new BigDecimal("100000.00"), FRIDAY, "test:" + contract.id(), "test");
        jdbc.sql("insert into margin_credit_position (contract_id, code, quantity, cost) values (?, ?, 1000, 9000)")
                .params(contract.id(), CODE).update();

        // 1,000 × 10.00 = 10,000.00: commission 5.00 (the minimum), transfer 0.10; the clearing house is owed 10,000.10
        assertThat(filled(desk.place(contract.clientId(), CODE, CreditTrade.COLLATERAL_BUY, 1000, "10.00"))).isTrue();
        // 5,000 × 10.00 = 50,000.00: commission 12.50, transfer 0.50; the clearing house is owed 50,000.50
        assertThat(filled(desk.place(contract.clientId(), CODE, CreditTrade.FINANCING_BUY, 5000, "10.00"))).isTrue();
        // 1,000 × 9.99 = 9,990.00: commission 5.00, stamp duty 5.00, transfer 0.10; the clearing house owes 9,984.90
        assertThat(filled(desk.place(contract.clientId(), CODE, CreditTrade.COLLATERAL_SELL, 1000, "9.99"))).isTrue();

        assertThat(jdbc.sql("""
                        select coalesce(sum(amount), 0) from margin_credit_journal
                        where contract_id = ? and kind = 'COMMISSION' and from_account = 'CLEARING'
                          and to_account = 'COMMISSION'""")
                .param(contract.id()).query(BigDecimal.class).single()).isEqualByComparingTo("22.50");
        assertThat(jdbc.sql("select coalesce(sum(commission), 0) from orders_trade where client_id = ? and credit")
                .param(contract.clientId()).query(BigDecimal.class).single()).isEqualByComparingTo("22.50");

        // a stray entry in the credit clearing account is a break: the run stops before any cash moves
        jdbc.sql("""
                        insert into margin_credit_journal (contract_id, kind, from_account, to_account, amount,
                            business_date, reference, memo, actor, recorded_at)
                        values (?, 'TRADE_BUY', 'AVAILABLE', 'CLEARING', 1.00, ?, 'test:stray', 'stray', 'test',
                                now())""")
                .params(contract.id(), FRIDAY).update();
        TestClock.INSTANCE.setShanghai("2026-11-20T15:45");
        SettlementRun broken = settlement.settle(FRIDAY, "ops");
        assertThat(broken.status()).isEqualTo("FAILED");
        assertThat(broken.error()).startsWith("Clearing break on 2026-11-20").contains("credit 50016.70");
        assertThat(settledBefore()).isZero();

        jdbc.sql("delete from margin_credit_journal where reference = 'test:stray'").update();
        SettlementRun run = settlement.settle(FRIDAY, "ops");

        assertThat(run.completed()).as(String.valueOf(run.error())).isTrue();
        // 10,000.10 + 50,000.50 − 9,984.90
        assertThat(run.creditPayable()).isEqualByComparingTo("50015.70");
        assertThat(run.payable()).isEqualByComparingTo(run.creditPayable().add(ordinaryPayable()));
        assertThat(jdbc.sql("select payable, contracts from margin_credit_clearing where trade_date = ?")
                .param(FRIDAY).query((row, n) -> row.getBigDecimal(1).toPlainString() + " " + row.getInt(2))
                .single()).isEqualTo("50015.70 1");
        assertThat(ledgerCheck.breaks()).noneMatch(b -> b.contractId() == contract.id());

        assertThat(settlement.settle(FRIDAY, "ops")).isEqualTo(run);
        assertThat(settledBefore()).isOne();
    }

    private boolean filled(OrderReceipt receipt) {
        return !receipt.rejected() && "FILLED".equals(jdbc.sql("select status from orders_order where id = ?")
                .param(receipt.orderId()).query(String.class).single());
    }

    private long settledBefore() {
        return jdbc.sql("select count(*) from margin_credit_clearing where trade_date = ?").param(FRIDAY)
                .query(Long.class).single();
    }

    /** What the ordinary trades of the day owe the clearing house, as the trades say. */
    private BigDecimal ordinaryPayable() {
        return jdbc.sql("""
                        select coalesce(sum(case when side = 'BUY'
                                                 then amount + stamp_duty + transfer_fee + exchange_fees
                                                 else -(amount - stamp_duty - transfer_fee - exchange_fees) end), 0)
                        from orders_trade where trade_date = ? and not credit""")
                .param(FRIDAY).query(BigDecimal.class).single();
    }
}
