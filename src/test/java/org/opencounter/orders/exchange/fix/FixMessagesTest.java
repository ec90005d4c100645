package org.opencounter.orders.exchange.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opencounter.market.Exchange;
import org.opencounter.orders.OrderType;
import org.opencounter.orders.Side;
import org.opencounter.orders.exchange.ExchangeCancel;
import org.opencounter.orders.exchange.ExchangeOrder;
import org.opencounter.orders.exchange.ExecutionReport;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;
import quickfix.field.OrigClOrdID;
import quickfix.field.Text;
import quickfix.fix44.NewOrderSingle;
import quickfix.fix44.OrderCancelReject;

/** Our orders as FIX 4.4 fields and FIX reports as ours, tag by tag. */
class FixMessagesTest {

    static final Instant NOW = Instant.parse("2026-12-16T02:00:00Z");

    @Test
    void aLimitOrderCarriesItsPriceAccountTradeDateAndMarket() throws Exception {
        NewOrderSingle message = FixMessages.newOrder(new ExchangeOrder("26121600000001", "600036", Exchange.SSE,
                Side.BUY, OrderType.LIMIT, 1000, new BigDecimal("10.00"), "A380000601", LocalDate.of(2026, 12, 16)), NOW);
        assertThat(message.getClOrdID().getValue()).isEqualTo("26121600000001");
        assertThat(message.getSide().getValue()).isEqualTo(quickfix.field.Side.BUY);
        assertThat(message.getOrdType().getValue()).isEqualTo(quickfix.field.OrdType.LIMIT);
        assertThat(message.getTimeInForce().getValue()).isEqualTo(quickfix.field.TimeInForce.DAY);
        assertThat(message.getDecimal(quickfix.field.Price.FIELD)).isEqualByComparingTo("10.00");
        assertThat(message.getOrderQty().getValue()).isEqualTo(1000);
        assertThat(message.getSymbol().getValue()).isEqualTo("600036");
        assertThat(message.getSecurityExchange().getValue()).isEqualTo("XSHG");
        assertThat(message.getAccount().getValue()).isEqualTo("A380000601");
        assertThat(message.getTradeDate().getValue()).isEqualTo("20261216");
    }

    @Test
    void marketOrderTypesMapAsAgreedWithTheGateway() throws Exception {
        assertThat(order(OrderType.IMMEDIATE_OR_CANCEL).getTimeInForce().getValue())
                .isEqualTo(quickfix.field.TimeInForce.IMMEDIATE_OR_CANCEL);
        assertThat(order(OrderType.FILL_OR_KILL).getTimeInForce().getValue())
                .isEqualTo(quickfix.field.TimeInForce.FILL_OR_KILL);
        NewOrderSingle bestFive = order(OrderType.BEST_FIVE_CANCEL);
        assertThat(bestFive.getOrdType().getValue()).isEqualTo(quickfix.field.OrdType.MARKET);
        assertThat(bestFive.getInt(FixMessages.PRICE_LEVELS)).isEqualTo(5);
        assertThat(order(OrderType.BEST_FIVE_LIMIT).getOrdType().getValue())
                .isEqualTo(quickfix.field.OrdType.MARKET_WITH_LEFT_OVER_AS_LIMIT);
        assertThat(order(OrderType.COUNTERPARTY_BEST).getExecInst().getValue()).isEqualTo("P");
        assertThat(order(OrderType.OWN_BEST).getExecInst().getValue()).isEqualTo("R");
        assertThat(order(OrderType.OWN_BEST).getOrdType().getValue()).isEqualTo(quickfix.field.OrdType.PEGGED);
        assertThat(order(OrderType.OWN_BEST).isSetField(quickfix.field.Price.FIELD)).isFalse();
    }

    @Test
    void aCancelNamesTheOrderItCancels() throws Exception {
        var cancel = FixMessages.cancel(new ExchangeCancel("26121600000001", "000001", Side.SELL, 300),
                "26121600000001-C1", NOW);
        assertThat(cancel.getOrigClOrdID().getValue()).isEqualTo("26121600000001");
        assertThat(cancel.getClOrdID().getValue()).isEqualTo("26121600000001-C1");
        assertThat(cancel.getSide().getValue()).isEqualTo(quickfix.field.Side.SELL);
        assertThat(cancel.getOrderQty().getValue()).isEqualTo(300);
    }

    @Test
    void aTradeReportBecomesOursWithItsQuantityAndExactPrice() throws Exception {
        quickfix.fix44.ExecutionReport trade = report(ExecType.TRADE, OrdStatus.PARTIALLY_FILLED);
        trade.set(new LastQty(400));
        trade.setDecimal(LastPx.FIELD, new BigDecimal("9.99"));
        ExecutionReport ours = FixMessages.report(trade, NOW).orElseThrow();
        assertThat(ours.kind()).isEqualTo(ExecutionReport.Kind.TRADE);
        assertThat(ours.execId()).isEqualTo("E1");
        assertThat(ours.clientOrderId()).isEqualTo("26121600000001");
        assertThat(ours.exchangeOrderId()).isEqualTo("X-1");
        assertThat(ours.lastQuantity()).isEqualTo(400);
        assertThat(ours.lastPrice()).isEqualByComparingTo("9.99");
        assertThat(ours.at()).isEqualTo(NOW);
    }

    @Test
    void aCancelConfirmationIsReportedOnTheOriginalOrderAndPendingStatesAreLeftAlone() throws Exception {
        quickfix.fix44.ExecutionReport canceled = report(ExecType.CANCELED, OrdStatus.CANCELED);
        canceled.set(new ClOrdID("26121600000001-C1"));
        canceled.set(new OrigClOrdID("26121600000001"));
        assertThat(FixMessages.report(canceled, NOW).orElseThrow()).satisfies(ours -> {
            assertThat(ours.kind()).isEqualTo(ExecutionReport.Kind.CANCELED);
            assertThat(ours.clientOrderId()).isEqualTo("26121600000001");
        });
        quickfix.fix44.ExecutionReport rejected = report(ExecType.REJECTED, OrdStatus.REJECTED);
        rejected.set(new Text("price outside the band"));
        assertThat(FixMessages.report(rejected, NOW).orElseThrow().text()).isEqualTo("price outside the band");
        assertThat(FixMessages.report(report(ExecType.PENDING_CANCEL, OrdStatus.PENDING_CANCEL), NOW)).isEmpty();
    }

    @Test
    void aCancelRejectIsReportedOnTheOrderItTriedToCancel() throws Exception {
        OrderCancelReject reject = new OrderCancelReject(new OrderID("X-1"), new ClOrdID("26121600000001-C1"),
                new OrigClOrdID("26121600000001"), new OrdStatus(OrdStatus.FILLED),
                new quickfix.field.CxlRejResponseTo(quickfix.field.CxlRejResponseTo.ORDER_CANCEL_REQUEST));
        reject.getHeader().setInt(quickfix.field.MsgSeqNum.FIELD, 42);
        reject.set(new Text("too late to cancel"));
        ExecutionReport ours = FixMessages.cancelRejected(reject, NOW);
        assertThat(ours.kind()).isEqualTo(ExecutionReport.Kind.CANCEL_REJECTED);
        assertThat(ours.clientOrderId()).isEqualTo("26121600000001");
        assertThat(ours.text()).isEqualTo("too late to cancel");
    }

    private static NewOrderSingle order(OrderType type) {
        return FixMessages.newOrder(new ExchangeOrder("1", "000001", Exchange.SZSE, Side.BUY, type, 100, null,
                "0160000001", null), NOW);
    }

    private static quickfix.fix44.ExecutionReport report(char execType, char status) {
        quickfix.fix44.ExecutionReport report = new quickfix.fix44.ExecutionReport(new OrderID("X-1"),
                new ExecID("E1"), new ExecType(execType), new OrdStatus(status),
                new quickfix.field.Side(quickfix.field.Side.BUY), new LeavesQty(600), new CumQty(400), new AvgPx(0));
        report.set(new ClOrdID("26121600000001"));
        report.set(new quickfix.field.TransactTime(java.time.LocalDateTime.ofInstant(NOW, java.time.ZoneOffset.UTC)));
        return report;
    }
}
