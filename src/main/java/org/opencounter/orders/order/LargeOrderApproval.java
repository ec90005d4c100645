package org.opencounter.orders.order;

import java.time.Clock;
import java.time.Instant;

import org.opencounter.clients.TradingAccount;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.orders.OrderStatus;
import org.opencounter.platform.ApprovalBlocked;
import org.opencounter.platform.ApprovalDecision;
import org.opencounter.platform.ApprovalHandler;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/** A branch manager decides an order above the fat-finger limit: approved, it goes out; rejected, it is canceled. */
@Component
public class LargeOrderApproval implements ApprovalHandler<LargeOrderApproval.Payload> {

    public static final String TYPE = "orders.large-order";

    /** The order awaiting approval. */
    public record Payload(long orderId) {
    }

    private final OrderRepository orders;
    private final TradingAccounts accounts;
    private final OrderRelease release;
    private final OrderRouting routing;
    private final OrderJournal journal;
    private final Clock clock;

    LargeOrderApproval(OrderRepository orders, TradingAccounts accounts, OrderRelease release, OrderRouting routing,
                       OrderJournal journal, Clock clock) {
        this.orders = orders;
        this.accounts = accounts;
        this.release = release;
        this.routing = routing;
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Class<Payload> payloadType() {
        return Payload.class;
    }

    @Override
    public Role approvingRole() {
        return Role.BRANCH_MANAGER;
    }

    @Override
    public void approved(Payload payload, ApprovalDecision decision) {
        Order found = orders.findById(payload.orderId())
                .orElseThrow(() -> new ApprovalBlocked("orders.approval.orderGone"));
        TradingAccount account = accounts.lockForTrading(found.getClientId());
        Order order = orders.lockById(found.getId()).orElseThrow();
        if (order.getStatus() != OrderStatus.PENDING_APPROVAL) {
            throw new ApprovalBlocked("orders.approval.orderNotPending", order.getClientOrderId());
        }
        Instant now = clock.instant();
        order.approve(now);
        journal.stateChanged(order.getId(), order.getStatus().name(), "approved", decision.decidedBy(), now);
        routing.sendAfterCommit(order, account);
    }

    @Override
    public void rejected(Payload payload, ApprovalDecision decision) {
        Order order = orders.findById(payload.orderId()).orElse(null);
        if (order == null || order.getStatus() != OrderStatus.PENDING_APPROVAL) {
            return;
        }
        accounts.lockForTrading(order.getClientId());
        Instant now = clock.instant();
        release.end(orders.lockById(order.getId()).orElseThrow(), OrderStatus.CANCELED, "orders.approval.rejected",
                decision.decidedBy(), now);
        journal.stateChanged(order.getId(), OrderStatus.CANCELED.name(), "approval rejected", decision.decidedBy(), now);
    }
}
