package org.opencounter.orders.exchange.fix;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import org.opencounter.orders.OrdersProperties;
import org.opencounter.orders.exchange.ExchangeCancel;
import org.opencounter.orders.exchange.ExchangeGateway;
import org.opencounter.orders.exchange.ExchangeOrder;
import org.opencounter.orders.exchange.ExecutionReportSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.FileStoreFactory;
import quickfix.Message;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.ThreadedSocketInitiator;

/**
 * The exchange over FIX 4.4: a QuickFIX/J initiator session that logs on at start, reconnects after a disconnect,
 * and keeps its sequence numbers and sent messages in a file store. An order sent while the session is down is
 * stored with its sequence number and goes out when the counterparty asks for the gap after the next logon; the
 * execution reports it missed come back the same way, and their processing ignores what was booked before.
 */
@Component
@ConditionalOnProperty(name = "opencounter.orders.gateway", havingValue = "FIX")
public class FixGateway implements ExchangeGateway, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FixGateway.class);

    private final OrdersProperties.Fix settings;
    private final FixApplication application;
    private final Clock clock;
    private final AtomicLong cancels;
    private ThreadedSocketInitiator initiator;
    private SessionID session;

    FixGateway(OrdersProperties properties, ExecutionReportSink sink, Clock clock) {
        this.settings = properties.fix();
        this.application = new FixApplication(sink, clock);
        this.clock = clock;
        this.cancels = new AtomicLong(clock.millis());
    }

    @Override
    public void submit(ExchangeOrder order) {
        send(FixMessages.newOrder(order, clock.instant()), order.clientOrderId());
    }

    @Override
    public void cancel(ExchangeCancel cancel) {
        String cancelId = cancel.clientOrderId() + "-C" + Long.toString(cancels.incrementAndGet(), 36);
        send(FixMessages.cancel(cancel, cancelId, clock.instant()), cancel.clientOrderId());
    }

    /** Day orders end at the exchange at its close; there is nothing to send. */
    @Override
    public void endOfDay() {
    }

    /** Whether the session is logged on now. */
    public boolean loggedOn() {
        Session current = session == null ? null : Session.lookupSession(session);
        return current != null && current.isLoggedOn();
    }

    private void send(Message message, String clientOrderId) {
        Session current = Session.lookupSession(session);
        if (current == null) {
            throw new IllegalStateException("FIX session " + session + " is not running");
        }
        if (!current.send(message)) {
            log.warn("FIX session down: order {} is stored and goes out with the resend after the next logon",
                    clientOrderId);
        }
    }

    @Override
    public void start() {
        try {
            SessionSettings quickfix = FixSettings.initiator(settings);
            session = quickfix.sectionIterator().next();
            initiator = new ThreadedSocketInitiator(application, new FileStoreFactory(quickfix), quickfix,
                    new SLF4JLogFactory(quickfix), new DefaultMessageFactory());
            initiator.start();
            log.info("FIX session {} connecting to {}:{}", session, settings.host(), settings.port());
        } catch (ConfigError error) {
            throw new IllegalStateException("FIX session settings are wrong: " + error.getMessage(), error);
        }
    }

    @Override
    public void stop() {
        if (initiator != null) {
            initiator.stop();
            initiator = null;
        }
    }

    @Override
    public boolean isRunning() {
        return initiator != null;
    }
}
