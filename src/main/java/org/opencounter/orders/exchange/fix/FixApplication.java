package org.opencounter.orders.exchange.fix;

import java.time.Clock;

import org.opencounter.orders.exchange.ExecutionReportSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Application;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.fix44.ExecutionReport;
import quickfix.fix44.OrderCancelReject;

/**
 * QuickFIX/J's callbacks: execution reports and cancel rejects go to the sink, which books them once each; one
 * that cannot be booked now is refused, so the counterparty sends it again. The session's own messages (logon,
 * heartbeats, resends) are QuickFIX/J's business.
 */
class FixApplication implements Application {

    private static final Logger log = LoggerFactory.getLogger(FixApplication.class);

    private final ExecutionReportSink sink;
    private final Clock clock;

    FixApplication(ExecutionReportSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    @Override
    public void fromApp(Message message, SessionID session) throws FieldNotFound {
        if (message instanceof ExecutionReport report) {
            FixMessages.report(report, clock.instant()).ifPresent(this::deliver);
        } else if (message instanceof OrderCancelReject reject) {
            deliver(FixMessages.cancelRejected(reject, clock.instant()));
        } else {
            log.info("FIX message {} from {} not handled", message.getHeader().getString(35), session);
        }
    }

    private void deliver(org.opencounter.orders.exchange.ExecutionReport report) {
        try {
            sink.receive(report);
        } catch (RuntimeException failure) {
            // thrown on, QuickFIX/J leaves the sequence number where it was: the next message from the
            // counterparty shows the gap, the report is resent and booked then (booking ignores repeats)
            log.error("FIX execution report {} for order {} not booked; it will be asked for again: {}",
                    report.execId(), report.clientOrderId(), failure.getMessage());
            throw failure;
        }
    }

    @Override
    public void onCreate(SessionID session) {
        log.info("FIX session {} created", session);
    }

    @Override
    public void onLogon(SessionID session) {
        log.info("FIX session {} logged on", session);
    }

    @Override
    public void onLogout(SessionID session) {
        log.warn("FIX session {} logged out", session);
    }

    @Override
    public void toAdmin(Message message, SessionID session) {
    }

    @Override
    public void fromAdmin(Message message, SessionID session) {
    }

    @Override
    public void toApp(Message message, SessionID session) {
    }
}
