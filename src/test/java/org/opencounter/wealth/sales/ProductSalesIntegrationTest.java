package org.opencounter.wealth.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.clients.CashBalances;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.ledger.LedgerCheck;
import org.opencounter.IntegrationTest;
import org.opencounter.market.TradingCalendar;
import org.opencounter.orders.TradingDesk;
import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.WealthFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Subscriptions and redemptions through the cash ledger: the bond fund 000171 (R2) at a 1.5% fee and a NAV of 1.2345,
 * the wealth product WM2026A01 (R2, minimum 10,000, no fee, NAV 1), for a balanced (C3) client with 200,000 in cash.
 */
@IntegrationTest
class ProductSalesIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired ProductSales sales;
    @Autowired RedemptionSettlement redemptions;
    @Autowired TradingCalendar calendar;
    @Autowired LedgerCheck ledgerCheck;
    @Autowired JdbcClient jdbc;

    private TradingDesk desk;
    private ClientsFixture staff;
    private WealthFixture wealth;
    private static int sequence = 450;

    @BeforeEach
    void bondFundAtItsNav() {
        desk = new TradingDesk(context);
        staff = desk.fixture();
        wealth = new WealthFixture(context, staff);
        jdbc.sql("update wealth_product set nav = 1.2345, subscription_fee = 0.015 where code = '000171'").update();
    }

    private long balancedClient() {
        long client = desk.clientWith(sequence++, "200000.00");
        wealth.assess(client, 45, InvestmentHorizon.LONG, EnumSet.allOf(InvestmentVariety.class));
        return client;
    }

    private ProductOrder subscribe(long client, String code, String amount) {
        return staff.as("advisor", () -> sales.subscribe(client, wealth.productId(code), new BigDecimal(amount),
                UUID.randomUUID().toString()));
    }

    private ProductHolding holding(long client, String code) {
        return sales.holdings(client).stream().filter(h -> h.product().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aSubscriptionIsPaidFromAvailableCashOnceAndBuysUnitsAtTheNav() {
        long client = balancedClient();
        String key = UUID.randomUUID().toString();
        ProductOrder order = staff.as("advisor", () -> sales.subscribe(client, wealth.productId("000171"),
                new BigDecimal("10000.00"), key));
        ProductOrder again = staff.as("advisor", () -> sales.subscribe(client, wealth.productId("000171"),
                new BigDecimal("10000.00"), key));

        assertThat(again.id()).isEqualTo(order.id());
        assertThat(order.fee()).isEqualByComparingTo("150.00");
        assertThat(order.units()).isEqualByComparingTo("7978.9388");
        assertThat(order.fit()).isEqualTo("MATCH");
        assertThat(desk.balances(client).available()).isEqualByComparingTo("190000.00");
        assertThat(holding(client, "000171").units()).isEqualByComparingTo("7978.9388");
        assertThat(holding(client, "000171").value()).isEqualByComparingTo("9850.00");
        assertThat(ledgerCheck.run().breaks()).isEmpty();
    }

    @Test
    void aRedemptionPaysUnitsAtTheNavAndTakesItsShareOfTheCost() {
        long client = balancedClient();
        subscribe(client, "000171", "10000.00");

        ProductOrder redeemed = staff.as("advisor", () -> sales.redeem(client, wealth.productId("000171"),
                new BigDecimal("1000"), UUID.randomUUID().toString()));

        assertThat(redeemed.amount()).isEqualByComparingTo("1234.50");
        // a bond fund is a mutual fund: its proceeds arrive three trading days later
        assertThat(redeemed.pending()).isTrue();
        assertThat(redeemed.settlesOn()).isEqualTo(calendar.plusTradingDays(calendar.today(), 3));
        assertThat(desk.balances(client).available()).isEqualByComparingTo("190000.00");
        redemptions.settle(redeemed.settlesOn().minusDays(1));
        assertThat(desk.balances(client).available()).as("not before its day").isEqualByComparingTo("190000.00");
        redemptions.settle(redeemed.settlesOn());
        redemptions.settle(redeemed.settlesOn());
        assertThat(desk.balances(client).available()).as("paid once").isEqualByComparingTo("191234.50");
        ProductHolding left = holding(client, "000171");
        assertThat(left.units()).isEqualByComparingTo("6978.9388");
        assertThat(left.cost()).isEqualByComparingTo("8746.70");
        assertThatThrownBy(() -> staff.as("advisor", () -> sales.redeem(client, wealth.productId("000171"),
                new BigDecimal("6978.9389"), UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(SaleRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("wealth.sale.moreThanHeld"));
        assertThat(ledgerCheck.run().breaks()).isEmpty();
    }

    @Test
    void theFirstSubscriptionNeedsTheMinimumToTheCent() {
        long client = balancedClient();

        assertThatThrownBy(() -> subscribe(client, "WM2026A01", "9999.99"))
                .isInstanceOfSatisfying(SaleRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("wealth.sale.belowMinimum"));
        subscribe(client, "WM2026A01", "10000.00");
        subscribe(client, "WM2026A01", "100.00");

        assertThat(holding(client, "WM2026A01").units()).isEqualByComparingTo("10100.0000");
    }

    @Test
    void theLowestCategoryIsRefusedAnR2ProductAndNothingIsPaid() {
        long client = desk.clientWith(sequence++, "200000.00");
        wealth.assess(client, 10, InvestmentHorizon.LONG, EnumSet.allOf(InvestmentVariety.class));

        assertThatThrownBy(() -> subscribe(client, "000171", "10000.00"))
                .isInstanceOfSatisfying(SaleRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("wealth.sale.lowestCategory"));
        assertThat(desk.balances(client).available()).isEqualByComparingTo("200000.00");
    }

    @Test
    void moreThanTheAvailableCashIsRefusedWithTheFigures() {
        long client = balancedClient();

        assertThatThrownBy(() -> subscribe(client, "000171", "200000.01"))
                .isInstanceOfSatisfying(SaleRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("wealth.sale.insufficientCash");
                    assertThat(refused.arguments()).containsExactly(new BigDecimal("200000.00"),
                            new BigDecimal("200000.01"));
                });
        CashBalances balances = desk.balances(client);
        assertThat(balances.available()).isEqualByComparingTo("200000.00");
        assertThat(jdbc.sql("select count(*) from wealth_product_order where client_id = ?").param(client)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aListedFundIsBoughtOnTheExchangeNotHere() {
        long client = balancedClient();

        assertThatThrownBy(() -> subscribe(client, "510300", "10000.00"))
                .isInstanceOfSatisfying(SaleRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("wealth.sale.listedFund"));
    }
}
