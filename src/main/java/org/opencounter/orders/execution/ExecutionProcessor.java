package org.opencounter.orders.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.opencounter.clients.CashMovement;
import org.opencounter.clients.TradeCash;
import org.opencounter.clients.TradeCashFlow;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.market.Securities;
import org.opencounter.orders.OrderRejected;
import org.opencounter.orders.OrderStatus;
import org.opencounter.orders.Side;
import org.opencounter.orders.TradeExecuted;
import org.opencounter.orders.exchange.ExecutionReport;
import org.opencounter.orders.exchange.ExecutionReportSink;
import org.opencounter.orders.fee.ClientFees;
import org.opencounter.orders.fee.Fees;
import org.opencounter.orders.order.CreditBooking;
import org.opencounter.orders.order.JournalMemo;
import org.opencounter.orders.order.Order;
import org.opencounter.orders.order.OrderJournal;
import org.opencounter.orders.order.OrderRepository;
import org.opencounter.orders.order.OrderRelease;
import org.opencounter.orders.position.Position;
import org.opencounter.orders.position.PositionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books execution reports, each in one transaction: the order's state, the trade with its fees, the cash (paid out of
 * the frozen cash, or credited from a sale), the position and its cost. A report whose execution id was booked before
 * changes nothing. A credit order's fill is booked in the client's credit account instead. Locks are taken in the order
 * entry's order (fund account, then order, then position), so the two never wait on each other in a circle.
 */
@Service
class ExecutionProcessor implements ExecutionReportSink {

    private static final Logger log = LoggerFactory.getLogger(ExecutionProcessor.class);
    static final String ACTOR = "exchange";

    private final OrderRepository orders;
    private final PositionRepository positions;
    private final TradingAccounts accounts;
    private final TradeCash cash;
    private final ClientFees fees;
    private final Securities securities;
    private final OrderJournal journal;
    private final OrderRelease release;
    private final CreditBooking credit;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExecutionProcessor(OrderRepository orders, PositionRepository positions, TradingAccounts accounts, TradeCash cash,
                       ClientFees fees, Securities securities, OrderJournal journal, OrderRelease release,
                       CreditBooking credit, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.credit = credit;
        this.orders = orders;
        this.positions = positions;
        this.accounts = accounts;
        this.cash = cash;
        this.fees = fees;
        this.securities = securities;
        this.journal = journal;
        this.release = release;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void receive(ExecutionReport report) {
        Instant now = clock.instant();
        if (report.kind() == ExecutionReport.Kind.NEW) {
            // an acknowledgement touches the order alone: its lock is enough, and no other lock is waited for under it
            orders.lockByClientOrderId(report.clientOrderId()).ifPresentOrElse(order -> acknowledge(order, report, now),
                    () -> unknown(report));
            return;
        }
        Optional<Order> found = orders.findByClientOrderId(report.clientOrderId());
        if (found.isEmpty()) {
            unknown(report);
            return;
        }
        accounts.lockForTrading(found.get().getClientId());
        Order order = orders.lockById(found.get().getId()).orElseThrow();
        switch (report.kind()) {
            case TRADE -> fill(order, report, now);
            case CANCELED -> end(order, OrderStatus.CANCELED, null, report, now);
            case REJECTED -> end(order, OrderStatus.REJECTED, "orders.exchange.rejected", report, now);
            case CANCEL_REJECTED -> {
                order.cancelRefused(now);
                journal.stateChanged(order.getId(), order.getStatus().name(), "cancel refused: " + report.text(), ACTOR, now);
            }
        }
    }

    private static void unknown(ExecutionReport report) {
        log.warn("Execution report {} for unknown order {} ignored", report.execId(), report.clientOrderId());
    }

    private void acknowledge(Order order, ExecutionReport report, Instant now) {
        if (order.getExchangeOrderId() != null) {
            return;
        }
        order.acknowledge(report.exchangeOrderId(), now);
        journal.stateChanged(order.getId(), OrderStatus.NEW.name(), report.exchangeOrderId(), ACTOR, now);
    }

    private void end(Order order, OrderStatus status, String reasonKey, ExecutionReport report, Instant now) {
        if (!order.getStatus().open()) {
            return;
        }
        release.end(order, status, reasonKey, ACTOR, now);
        journal.stateChanged(order.getId(), status.name(), report.text(), ACTOR, now);
        if (status == OrderStatus.REJECTED) {
            events.publishEvent(new OrderRejected(order.getId(), order.getClientId(), order.getBranchId(),
                    order.getCode(), "EXCHANGE", reasonKey, now));
        }
    }

    private void fill(Order order, ExecutionReport report, Instant now) {
        if (booked(report.execId())) {
            log.info("Execution report {} for order {} was booked before; ignored", report.execId(),
                    order.getClientOrderId());
            return;
        }
        if (!order.getStatus().open()) {
            log.error("Fill {} for order {} that is {} not booked; reconciliation will list it", report.execId(),
                    order.getClientOrderId(), order.getStatus());
            return;
        }
        BigDecimal value = report.lastPrice().multiply(BigDecimal.valueOf(report.lastQuantity()))
                .setScale(2, RoundingMode.HALF_UP);
        Fees paid = fees.paidBy(order.getId());
        Fees fee = fees.forClient(order.getClientId(), order.getTradeDate())
                .ofFill(order.getSide(), order.getFilledAmount(), value, paid);
        boolean tPlusZero = securities.find(order.getCode()).map(i -> i.tPlusZero()).orElse(false);
        BigDecimal cashUsed = order.getSide() == Side.BUY ? value.add(fee.total()) : BigDecimal.ZERO;
        BigDecimal soldCost;
        if (order.isCredit()) {
            soldCost = credit.fill(order, report.execId(), report.lastQuantity(), report.lastPrice(), value,
                    fee.total(), fee.commission(), tPlusZero, ACTOR);
        } else {
            Position position = positions.lock(order.getClientId(), order.getCode())
                    .orElseGet(() -> positions.save(new Position(order.getClientId(), order.getCode(), now)));
            soldCost = order.getSide() == Side.SELL ? position.sell(report.lastQuantity(), now) : null;
            if (order.getSide() == Side.BUY) {
                position.buy(report.lastQuantity(), cashUsed, tPlusZero, now);
            }
            book(order, report, value, fee, cashUsed);
        }
        BigDecimal realised = soldCost == null ? null
                : value.subtract(fee.total()).subtract(soldCost).setScale(2, RoundingMode.HALF_UP);
        long tradeId = insertTrade(order, report, value, fee, realised);
        order.fill(report.lastQuantity(), value, fee.commission(), cashUsed, now);
        if (order.getStatus() == OrderStatus.FILLED) {
            release.releaseRemainder(order, ACTOR, now);
        }
        journal.stateChanged(order.getId(), order.getStatus().name(),
                report.lastQuantity() + " @ " + report.lastPrice().toPlainString(), ACTOR, now);
        TradeExecuted executed = new TradeExecuted(tradeId, order.getId(), order.getClientId(),
                order.getBranchId(), order.getCode(), order.getSide(), report.lastQuantity(), report.lastPrice(), value,
                fee.total(), order.getTradeDate(), now);
        events.publishEvent(executed);
    }

    private void book(Order order, ExecutionReport report, BigDecimal value, Fees fee, BigDecimal cashUsed) {
        String memo = JournalMemo.trade(order, report.lastQuantity(), report.lastPrice());
        TradeCashFlow flow = new TradeCashFlow(order.getFundAccountId(), value, fee.commission(), fee.passedOn(),
                order.getTradeDate(), "exec:" + report.execId(), memo, ACTOR);
        if (order.getSide() == Side.BUY) {
            BigDecimal shortfall = cashUsed.subtract(order.getFrozenCash());
            if (shortfall.signum() > 0) {
                cash.freeze(new CashMovement(order.getFundAccountId(), shortfall, order.getTradeDate(),
                        "exec:" + report.execId() + ":top-up", memo, ACTOR));
            }
            cash.payPurchase(flow);
        } else {
            cash.receiveSale(flow);
        }
    }

    /**
     * Whether a trade with this execution id is booked; the order's lock makes a concurrent twin wait for this answer.
     */
    private boolean booked(String execId) {
        return jdbc.sql("select exists (select 1 from orders_trade where exec_id = ?)").param(execId)
                .query(Boolean.class).single();
    }

    private long insertTrade(Order order, ExecutionReport report, BigDecimal value, Fees fee,
                                       BigDecimal realised) {
        return jdbc.sql("""
                        insert into orders_trade (exec_id, order_id, client_id, branch_id, code, side, quantity, price,
                            amount, commission, stamp_duty, transfer_fee, exchange_fees, realised_pnl, trade_date,
                            executed_at, credit)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(report.execId(), order.getId(), order.getClientId(), order.getBranchId(), order.getCode(),
                        order.getSide().name(), report.lastQuantity(), report.lastPrice(), value, fee.commission(),
                        fee.stampDuty(), fee.transferFee(), fee.exchangeFees(), realised,
                        Date.valueOf(order.getTradeDate()), Timestamp.from(report.at()), order.isCredit())
                .query(Long.class).single();
    }
}
