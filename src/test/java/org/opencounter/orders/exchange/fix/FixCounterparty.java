package org.opencounter.orders.exchange.fix;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import quickfix.Application;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.FileStoreFactory;
import quickfix.Message;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionNotFound;
import quickfix.SessionSettings;
import quickfix.ThreadedSocketAcceptor;
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
import quickfix.field.Symbol;
import quickfix.field.TransactTime;
import quickfix.fix44.ExecutionReport;
import quickfix.fix44.NewOrderSingle;
import quickfix.fix44.OrderCancelRequest;

/**
 * The exchange's side of the FIX session, in the test JVM: a QuickFIX/J acceptor with a file store that
 * acknowledges orders, fills and cancels them when the test says so, and can go down for a while (it logs the
 * counter out and refuses its logons until it comes back).
 */
class FixCounterparty implements Application {

    static final SessionID SESSION = new SessionID("FIX.4.4", "EXCHANGE", "OPENCOUNTER");

    private final Map<String, NewOrderSingle> orders = new ConcurrentHashMap<>();
    private final Map<String, Long> filled = new ConcurrentHashMap<>();
    private final AtomicLong execIds = new AtomicLong();
    private final ThreadedSocketAcceptor acceptor;

    FixCounterparty(int port, Path store) throws ConfigError {
        SessionSettings settings = new SessionSettings();
        settings.setString(SESSION, "ConnectionType", "acceptor");
        settings.setLong(SESSION, "SocketAcceptPort", port);
        FixSettings.session(settings, SESSION, store);
        acceptor = new ThreadedSocketAcceptor(this, new FileStoreFactory(settings), settings,
                new SLF4JLogFactory(settings), new DefaultMessageFactory());
        acceptor.start();
    }

    boolean received(String clientOrderId) {
        return orders.containsKey(clientOrderId);
    }

    /** The exchange trades part or all of the order; sent now, or kept for the resend while the session is down. */
    String fill(String clientOrderId, long quantity, String price) {
        NewOrderSingle order = orders.get(clientOrderId);
        long cumulative = filled.merge(clientOrderId, quantity, Long::sum);
        try {
            long ordered = (long) order.getOrderQty().getValue();
            ExecutionReport report = report(order, clientOrderId, ExecType.TRADE,
                    cumulative == ordered ? OrdStatus.FILLED : OrdStatus.PARTIALLY_FILLED, ordered - cumulative,
                    cumulative);
            report.set(new LastQty(quantity));
            report.setDecimal(LastPx.FIELD, new BigDecimal(price));
            send(report);
            return report.getExecID().getValue();
        } catch (FieldNotFound e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the very same trade report again, as a counterparty does after a failover. */
    void repeatFill(String clientOrderId, String execId, long quantity, String price) {
        NewOrderSingle order = orders.get(clientOrderId);
        try {
            long ordered = (long) order.getOrderQty().getValue();
            ExecutionReport report = report(order, clientOrderId, ExecType.TRADE, OrdStatus.PARTIALLY_FILLED,
                    ordered - quantity, quantity);
            report.set(new ExecID(execId));
            report.set(new LastQty(quantity));
            report.setDecimal(LastPx.FIELD, new BigDecimal(price));
            send(report);
        } catch (FieldNotFound e) {
            throw new IllegalStateException(e);
        }
    }

    /** Goes down: logs the counter out; the session stays disabled, refusing logons, until {@link #comeBack()}. */
    void goDown() {
        Session.lookupSession(SESSION).logout("exchange gateway maintenance");
    }

    /** Takes logons again; the counter's next reconnect attempt gets through. */
    void comeBack() {
        Session.lookupSession(SESSION).logon();
    }

    boolean loggedOn() {
        Session session = Session.lookupSession(SESSION);
        return session != null && session.isLoggedOn();
    }

    void stop() {
        acceptor.stop(true);
    }

    @Override
    public void fromApp(Message message, SessionID session) throws FieldNotFound {
        if (message instanceof NewOrderSingle order) {
            String id = order.getClOrdID().getValue();
            if (orders.putIfAbsent(id, order) == null) {
                send(report(order, id, ExecType.NEW, OrdStatus.NEW, (long) order.getOrderQty().getValue(), 0));
            }
        } else if (message instanceof OrderCancelRequest cancel) {
            String id = cancel.getOrigClOrdID().getValue();
            NewOrderSingle order = orders.get(id);
            ExecutionReport report = report(order, id, ExecType.CANCELED, OrdStatus.CANCELED, 0,
                    filled.getOrDefault(id, 0L));
            report.set(new ClOrdID(cancel.getClOrdID().getValue()));
            report.set(new OrigClOrdID(id));
            send(report);
        }
    }

    private ExecutionReport report(NewOrderSingle order, String clientOrderId, char execType, char status,
                                   long leaves, long cumulative) throws FieldNotFound {
        ExecutionReport report = new ExecutionReport(new OrderID("X-" + clientOrderId),
                new ExecID("X" + execIds.incrementAndGet() + "-" + System.nanoTime()), new ExecType(execType),
                new OrdStatus(status), order.getSide(), new LeavesQty(leaves), new CumQty(cumulative), new AvgPx(0));
        report.set(new ClOrdID(clientOrderId));
        report.set(new Symbol(order.getSymbol().getValue()));
        report.set(new TransactTime(LocalDateTime.now(ZoneOffset.UTC)));
        return report;
    }

    private static void send(Message message) {
        try {
            Session.sendToTarget(message, SESSION);
        } catch (SessionNotFound e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void fromAdmin(Message message, SessionID session) {
    }

    @Override
    public void onCreate(SessionID session) {
    }

    @Override
    public void onLogon(SessionID session) {
    }

    @Override
    public void onLogout(SessionID session) {
    }

    @Override
    public void toAdmin(Message message, SessionID session) {
    }

    @Override
    public void toApp(Message message, SessionID session) {
    }
}
