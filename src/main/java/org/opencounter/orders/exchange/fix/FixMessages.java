package org.opencounter.orders.exchange.fix;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.opencounter.market.Exchange;
import org.opencounter.orders.OrderType;
import org.opencounter.orders.Side;
import org.opencounter.orders.exchange.ExchangeCancel;
import org.opencounter.orders.exchange.ExchangeOrder;
import org.opencounter.orders.exchange.ExecutionReport;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.Account;
import quickfix.field.ClOrdID;
import quickfix.field.ExecInst;
import quickfix.field.ExecType;
import quickfix.field.HandlInst;
import quickfix.field.LastPx;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.SecurityExchange;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TimeInForce;
import quickfix.field.TradeDate;
import quickfix.field.TransactTime;
import quickfix.fix44.NewOrderSingle;
import quickfix.fix44.OrderCancelReject;
import quickfix.fix44.OrderCancelRequest;

/**
 * Our orders and cancels as FIX 4.4 messages, and FIX execution reports and cancel rejects as ours.
 *
 * <p>The exchanges' order types map to FIX 4.4 as agreed with the gateway: a limit order is OrdType 2 with
 * TimeInForce DAY; immediate-or-cancel and fill-or-kill are market orders (OrdType 1) with TimeInForce 3 and 4;
 * best five then cancel is a market IOC and best five then limit is OrdType K, both limited to five price levels by
 * the user-defined tag 8501; counterparty best and own best are pegged orders (OrdType P) to the opposite side
 * (ExecInst P, market peg) and to the own side (ExecInst R, primary peg). Securities are named by their code with
 * SecurityExchange XSHG (Shanghai), XSHE (Shenzhen) or BJSE.
 */
final class FixMessages {

    /** User-defined tag: how many price levels a market order may take (五档). */
    static final int PRICE_LEVELS = 8501;

    private FixMessages() {
    }

    static NewOrderSingle newOrder(ExchangeOrder order, Instant now) {
        NewOrderSingle message = new NewOrderSingle(new ClOrdID(order.clientOrderId()), side(order.side()),
                new TransactTime(LocalDateTime.ofInstant(now, ZoneOffset.UTC)), new OrdType(OrdType.LIMIT));
        message.set(new HandlInst(HandlInst.AUTOMATED_EXECUTION_ORDER_PRIVATE_NO_BROKER_INTERVENTION));
        message.set(new Symbol(order.code()));
        message.set(new SecurityExchange(market(order.exchange())));
        message.set(new OrderQty(order.quantity()));
        if (order.securitiesAccount() != null) {
            message.set(new Account(order.securitiesAccount()));
        }
        if (order.tradeDate() != null) {
            message.set(new TradeDate(order.tradeDate().toString().replace("-", "")));
        }
        type(message, order.type());
        if (order.price() != null) {
            message.setDecimal(Price.FIELD, order.price());
        }
        return message;
    }

    static OrderCancelRequest cancel(ExchangeCancel cancel, String cancelId, Instant now) {
        OrderCancelRequest message = new OrderCancelRequest(new OrigClOrdID(cancel.clientOrderId()),
                new ClOrdID(cancelId), side(cancel.side()), new TransactTime(LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
        message.set(new Symbol(cancel.code()));
        message.set(new OrderQty(cancel.quantity()));
        return message;
    }

    /**
     * Our report of a FIX execution report: new, trade, canceled (or expired) and rejected; others (pending states,
     * order status answers) are not reports we act on.
     */
    static Optional<ExecutionReport> report(quickfix.fix44.ExecutionReport message, Instant received)
            throws FieldNotFound {
        ExecutionReport.Kind kind = switch (message.getExecType().getValue()) {
            case ExecType.NEW -> ExecutionReport.Kind.NEW;
            case ExecType.TRADE -> ExecutionReport.Kind.TRADE;
            case ExecType.CANCELED, ExecType.EXPIRED -> ExecutionReport.Kind.CANCELED;
            case ExecType.REJECTED -> ExecutionReport.Kind.REJECTED;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        String clientOrderId = message.isSetOrigClOrdID() ? message.getOrigClOrdID().getValue()
                : message.getClOrdID().getValue();
        long quantity = kind == ExecutionReport.Kind.TRADE ? (long) message.getLastQty().getValue() : 0;
        BigDecimal price = kind == ExecutionReport.Kind.TRADE ? message.getDecimal(LastPx.FIELD) : null;
        return Optional.of(new ExecutionReport(message.getExecID().getValue(), clientOrderId,
                message.getOrderID().getValue(), kind, quantity, price, text(message), transactTime(message, received)));
    }

    /** A refused cancel, reported on the order it tried to cancel. */
    static ExecutionReport cancelRejected(OrderCancelReject message, Instant received) throws FieldNotFound {
        String reason = message.isSetText() ? message.getText().getValue()
                : message.isSetCxlRejReason() ? "CxlRejReason " + message.getCxlRejReason().getValue() : null;
        return new ExecutionReport("CXLREJ-" + message.getHeader().getInt(quickfix.field.MsgSeqNum.FIELD) + "-"
                + message.getClOrdID().getValue(), message.getOrigClOrdID().getValue(), message.getOrderID().getValue(),
                ExecutionReport.Kind.CANCEL_REJECTED, 0, null, reason, received);
    }

    private static void type(NewOrderSingle message, OrderType type) {
        switch (type) {
            case LIMIT -> {
                message.set(new OrdType(OrdType.LIMIT));
                message.set(new TimeInForce(TimeInForce.DAY));
            }
            case IMMEDIATE_OR_CANCEL -> market(message, TimeInForce.IMMEDIATE_OR_CANCEL);
            case FILL_OR_KILL -> market(message, TimeInForce.FILL_OR_KILL);
            case BEST_FIVE_CANCEL -> {
                market(message, TimeInForce.IMMEDIATE_OR_CANCEL);
                message.setInt(PRICE_LEVELS, 5);
            }
            case BEST_FIVE_LIMIT -> {
                message.set(new OrdType(OrdType.MARKET_WITH_LEFT_OVER_AS_LIMIT));
                message.set(new TimeInForce(TimeInForce.DAY));
                message.setInt(PRICE_LEVELS, 5);
            }
            case COUNTERPARTY_BEST -> pegged(message, ExecInst.MARKET_PEG);
            case OWN_BEST -> pegged(message, ExecInst.PRIMARY_PEG);
        }
    }

    private static void market(NewOrderSingle message, char timeInForce) {
        message.set(new OrdType(OrdType.MARKET));
        message.set(new TimeInForce(timeInForce));
    }

    private static void pegged(NewOrderSingle message, char peg) {
        message.set(new OrdType(OrdType.PEGGED));
        message.set(new ExecInst(String.valueOf(peg)));
        message.set(new TimeInForce(TimeInForce.DAY));
    }

    private static quickfix.field.Side side(Side side) {
        return new quickfix.field.Side(side == Side.BUY ? quickfix.field.Side.BUY : quickfix.field.Side.SELL);
    }

    private static String market(Exchange exchange) {
        return switch (exchange) {
            case SSE -> "XSHG";
            case SZSE -> "XSHE";
            case BSE -> "BJSE";
        };
    }

    private static String text(Message message) throws FieldNotFound {
        return message.isSetField(Text.FIELD) ? message.getString(Text.FIELD) : null;
    }

    private static Instant transactTime(Message message, Instant received) throws FieldNotFound {
        return message.isSetField(TransactTime.FIELD)
                ? message.getUtcTimeStamp(TransactTime.FIELD).toInstant(ZoneOffset.UTC) : received;
    }
}
