package org.opencounter.orders;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.CashMovement;
import org.opencounter.clients.TradeCash;
import org.opencounter.clients.TradingAccount;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.market.Instrument;
import org.opencounter.market.Securities;
import org.opencounter.orders.check.PreTradeChecks;
import org.opencounter.orders.exchange.ExchangeCancel;
import org.opencounter.orders.exchange.ExchangeGateway;
import org.opencounter.orders.order.AfterCommit;
import org.opencounter.orders.order.CreditBooking;
import org.opencounter.orders.order.JournalMemo;
import org.opencounter.orders.order.LargeOrderApproval;
import org.opencounter.orders.order.Order;
import org.opencounter.orders.order.OrderDraft;
import org.opencounter.orders.order.OrderJournal;
import org.opencounter.orders.order.OrderJournal.CheckResult;
import org.opencounter.orders.order.OrderRelease;
import org.opencounter.orders.order.OrderRepository;
import org.opencounter.orders.order.OrderRouting;
import org.opencounter.orders.order.OrderTickets;
import org.opencounter.orders.position.Position;
import org.opencounter.orders.position.PositionKey;
import org.opencounter.orders.position.PositionRepository;
import org.opencounter.platform.ApprovalSubmission;
import org.opencounter.platform.Approvals;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes orders for clients (柜台委托) and cancels them. An order is checked and its cash or shares frozen under the
 * client's account lock, in one transaction; it reaches the exchange after that commits. The same idempotency key
 * twice answers the first order.
 */
@Service
public class OrderEntry {

    static final String ENTITY = "Order";

    private final TradingAccounts accounts;
    private final Securities securities;
    private final OrderRepository orders;
    private final PositionRepository positions;
    private final OrderTickets tickets;
    private final PreTradeChecks checks;
    private final OrderJournal journal;
    private final TradeCash cash;
    private final OrderRelease release;
    private final CreditBooking credit;
    private final OrderRouting routing;
    private final ExchangeGateway gateway;
    private final Approvals approvals;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderEntry(TradingAccounts accounts, Securities securities, OrderRepository orders, PositionRepository positions,
               OrderTickets tickets, PreTradeChecks checks, OrderJournal journal, TradeCash cash, OrderRelease release,
               CreditBooking credit, OrderRouting routing, ExchangeGateway gateway, Approvals approvals,
               AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.credit = credit;
        this.accounts = accounts;
        this.securities = securities;
        this.orders = orders;
        this.positions = positions;
        this.tickets = tickets;
        this.checks = checks;
        this.journal = journal;
        this.cash = cash;
        this.release = release;
        this.routing = routing;
        this.gateway = gateway;
        this.approvals = approvals;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public OrderReceipt place(PlaceOrder request) {
        accounts.requireVisible(request.clientId());
        Instrument instrument = securities.find(request.code()).orElseThrow(() -> new UnknownSecurity(request.code()));
        TradingAccount account = accounts.lockForTrading(request.clientId());
        Optional<Order> earlier = orders.findByIdempotencyKey(request.idempotencyKey());
        if (earlier.isPresent()) {
            return receipt(earlier.get(), true);
        }
        Optional<Position> position = request.side() == Side.SELL && request.credit() == null
                ? positions.lock(request.clientId(), request.code()) : Optional.empty();
        OrderTicket ticket = tickets.ticket(account, instrument, request, position);
        PreTradeChecks.Outcome outcome = checks.run(ticket);
        Instant now = clock.instant();
        String by = CurrentStaff.require().username();
        Order order = new Order(new OrderDraft(request.idempotencyKey(), account.clientId(),
                account.branchId(), account.fundAccountId(), instrument.code(), instrument.exchange().name(),
                request.side(), request.type(), request.quantity(), request.price(), ticket.freezePrice(),
                ticket.tradeDate(), request.credit()), journal.nextClientOrderId(ticket.tradeDate()), by, now);
        // the order is decided before it is stored, so it is written once
        if (outcome.rejection().isPresent()) {
            CheckResult rejection = outcome.rejection().get();
            order.reject(rejection.reasonKey(), rejection.figures(), now);
        } else if (request.side() == Side.BUY) {
            order.accept(ticket.cashToFreeze(), 0, outcome.approval().isPresent(), now);
        } else {
            // a short sell also holds its value against the credit line until it fills or ends
            BigDecimal line = request.credit() != null && request.credit().shortSale() && ticket.value() != null
                    ? ticket.value() : BigDecimal.ZERO.setScale(2);
            order.accept(line, request.quantity(), outcome.approval().isPresent(), now);
        }
        orders.save(order);
        journal.checked(order.getId(), outcome.results());
        if (outcome.rejection().isPresent()) {
            rejected(order, outcome.rejection().get(), by, now);
        } else {
            accepted(order, ticket, position, outcome.approval(), by, now);
        }
        audit.record(AuditRecord.change("orders.order.place", ENTITY, order.getId(), null, summary(order)));
        return receipt(order, false);
    }

    /** What the order would meet if placed now, without placing it: prices, band, cash, shares and fees. */
    @Transactional(readOnly = true)
    public OrderTicket preview(PlaceOrder request) {
        TradingAccount account = accounts.visible(request.clientId());
        Instrument instrument = securities.find(request.code()).orElseThrow(() -> new UnknownSecurity(request.code()));
        return tickets.ticket(account, instrument, request,
                positions.findById(new PositionKey(request.clientId(), request.code())));
    }

    /** Cancels an open order: at once while it waits for approval, otherwise by asking the exchange. */
    @Transactional
    public OrderStatus cancel(long orderId) {
        Order found = orders.findById(orderId).orElseThrow(() -> new OrderNotFound(orderId));
        accounts.requireVisible(found.getClientId());
        accounts.lockForTrading(found.getClientId());
        Order order = orders.lockById(orderId).orElseThrow();
        if (!order.cancellable()) {
            throw new OrderNotCancellable(order.getClientOrderId(), order.getStatus());
        }
        Instant now = clock.instant();
        String by = CurrentStaff.require().username();
        if (order.getStatus() == OrderStatus.PENDING_APPROVAL) {
            release.end(order, OrderStatus.CANCELED, null, by, now);
        } else {
            order.requestCancel(now);
            ExchangeCancel cancel = new ExchangeCancel(order.getClientOrderId(), order.getCode(), order.getSide(),
                    order.getQuantity());
            AfterCommit.run(() -> gateway.cancel(cancel));
        }
        journal.stateChanged(order.getId(), order.getStatus().name(), null, by, now);
        audit.record(AuditRecord.change("orders.order.cancel", ENTITY, order.getId(), null, summary(order)));
        return order.getStatus();
    }

    private void rejected(Order order, CheckResult rejection, String by, Instant now) {
        journal.stateChanged(order.getId(), OrderStatus.REJECTED.name(), rejection.checkCode(), by, now);
        events.publishEvent(new OrderRejected(order.getId(), order.getClientId(), order.getBranchId(),
                order.getCode(), rejection.checkCode(), rejection.reasonKey(), now));
    }

    /** Freezes what the accepted order holds, then sends it to the exchange or for approval. */
    private void accepted(Order order, OrderTicket ticket, Optional<Position> position, Optional<CheckResult> approval,
                          String by, Instant now) {
        if (order.isCredit()) {
            credit.freeze(order, by);
        } else if (order.getSide() == Side.BUY) {
            cash.freeze(new CashMovement(order.getFundAccountId(), order.getFrozenCash(), order.getTradeDate(),
                    "order:" + order.getId() + ":freeze", JournalMemo.freeze(order), by));
        } else {
            position.orElseThrow().freeze(order.getQuantity(), now);
        }
        journal.stateChanged(order.getId(), order.getStatus().name(), null, by, now);
        if (approval.isPresent()) {
            long approvalId = approvals.submit(new ApprovalSubmission(LargeOrderApproval.TYPE,
                    order.getClientOrderId() + " " + order.getSide() + " " + order.getCode() + " × "
                            + order.getQuantity() + " = " + ticket.value().toPlainString(),
                    new LargeOrderApproval.Payload(order.getId()), String.join(" ", approval.get().figures()),
                    order.getBranchId(), "/orders/" + order.getId()));
            order.linkApproval(approvalId);
        } else {
            routing.sendAfterCommit(order, ticket.account());
        }
        events.publishEvent(new OrderPlaced(order.getId(), order.getClientOrderId(), order.getClientId(),
                order.getBranchId(), order.getCode(), order.getSide(), order.getType(), order.getQuantity(),
                order.getPrice(), now));
    }

    private static OrderReceipt receipt(Order order, boolean duplicate) {
        return new OrderReceipt(order.getId(), order.getClientOrderId(), order.getStatus(), order.getRejectionCode(),
                order.getRejectionFigures(), duplicate);
    }

    private static Map<String, Object> summary(Order order) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("clientOrderId", order.getClientOrderId());
        summary.put("clientId", order.getClientId());
        summary.put("code", order.getCode());
        summary.put("side", order.getSide());
        summary.put("type", order.getType());
        summary.put("quantity", order.getQuantity());
        summary.put("price", order.getPrice());
        if (order.isCredit()) {
            summary.put("creditTrade", order.getCreditTrade());
        }
        summary.put("status", order.getStatus());
        return summary;
    }
}
