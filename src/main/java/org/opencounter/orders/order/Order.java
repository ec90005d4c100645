package org.opencounter.orders.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opencounter.orders.CreditTrade;
import org.opencounter.orders.OrderStatus;
import org.opencounter.orders.OrderType;
import org.opencounter.orders.Side;

/** A client's order (委托) and what it holds frozen; it moves only through its own methods. */
@Entity
@Table(name = "orders_order")
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_order_id", updatable = false)
    private String clientOrderId;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    @Column(name = "client_id", updatable = false)
    private long clientId;

    @Column(name = "branch_id", updatable = false)
    private long branchId;

    @Column(name = "fund_account_id", updatable = false)
    private long fundAccountId;

    @Column(updatable = false)
    private String code;

    @Column(updatable = false)
    private String exchange;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Side side;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_type", updatable = false)
    private OrderType type;

    @Column(updatable = false)
    private long quantity;

    @Column(updatable = false)
    private BigDecimal price;

    @Column(name = "freeze_price", updatable = false)
    private BigDecimal freezePrice;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @Column(name = "filled_quantity")
    private long filledQuantity;

    @Column(name = "filled_amount")
    private BigDecimal filledAmount = BigDecimal.ZERO.setScale(2);

    @Column(name = "commission_charged")
    private BigDecimal commissionCharged = BigDecimal.ZERO.setScale(2);

    @Column(name = "frozen_cash")
    private BigDecimal frozenCash = BigDecimal.ZERO.setScale(2);

    @Column(name = "frozen_shares")
    private long frozenShares;

    @Column(name = "trade_date", updatable = false)
    private LocalDate tradeDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_trade", updatable = false)
    private CreditTrade creditTrade;

    @Column(name = "rejection_code")
    private String rejectionCode;

    @Column(name = "rejection_args")
    private String rejectionArgs;

    @Column(name = "exchange_order_id")
    private String exchangeOrderId;

    @Column(name = "approval_id")
    private Long approvalId;

    @Column(name = "placed_by", updatable = false)
    private String placedBy;

    @Column(name = "placed_at", updatable = false)
    private Instant placedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Order() {
    }

    public Order(OrderDraft draft, String clientOrderId, String placedBy, Instant now) {
        this.clientOrderId = clientOrderId;
        this.idempotencyKey = draft.idempotencyKey();
        this.clientId = draft.clientId();
        this.branchId = draft.branchId();
        this.fundAccountId = draft.fundAccountId();
        this.code = draft.code();
        this.exchange = draft.exchange();
        this.side = draft.side();
        this.type = draft.type();
        this.quantity = draft.quantity();
        this.price = draft.price();
        this.freezePrice = draft.freezePrice();
        this.tradeDate = draft.tradeDate();
        this.creditTrade = draft.creditTrade();
        this.placedBy = placedBy;
        this.placedAt = now;
        this.updatedAt = now;
        this.status = OrderStatus.SUBMITTED;
    }

    /** A pre-trade check refused the order; nothing is frozen. */
    public void reject(String reasonKey, List<String> figures, Instant now) {
        status = OrderStatus.REJECTED;
        rejectionCode = reasonKey;
        rejectionArgs = FigureColumn.join(figures);
        updatedAt = now;
    }

    /** The checks passed: the order holds what was frozen and goes to the exchange or waits for approval. */
    public void accept(BigDecimal cash, long shares, boolean awaitingApproval, Instant now) {
        frozenCash = cash;
        frozenShares = shares;
        status = awaitingApproval ? OrderStatus.PENDING_APPROVAL : OrderStatus.SUBMITTED;
        updatedAt = now;
    }

    public void linkApproval(long id) {
        approvalId = id;
    }

    /** A supervisor approved the large order: it goes to the exchange. */
    public void approve(Instant now) {
        requireStatus(OrderStatus.PENDING_APPROVAL);
        status = OrderStatus.SUBMITTED;
        updatedAt = now;
    }

    /** The exchange confirmed the order; a fill that came first already moved it further. */
    public void acknowledge(String exchangeId, Instant now) {
        exchangeOrderId = exchangeId;
        if (status == OrderStatus.SUBMITTED) {
            status = OrderStatus.NEW;
        }
        updatedAt = now;
    }

    /**
     * A fill: the filled totals grow, the frozen cash or shares shrink by what it used.
     *
     * @param cashUsed for a buy, the value and fees paid out of the frozen cash; a short sell's fill uses its value of
     *                 the credit line it held
     */
    public void fill(long fillQuantity, BigDecimal value, BigDecimal commission, BigDecimal cashUsed, Instant now) {
        if (!status.open()) {
            throw new IllegalStateException("Order " + clientOrderId + " is " + status + " and cannot fill");
        }
        if (filledQuantity + fillQuantity > quantity) {
            throw new IllegalStateException("Fill of " + fillQuantity + " overfills order " + clientOrderId);
        }
        filledQuantity += fillQuantity;
        filledAmount = filledAmount.add(value);
        commissionCharged = commissionCharged.add(commission);
        if (side == Side.BUY) {
            frozenCash = frozenCash.subtract(cashUsed).max(BigDecimal.ZERO.setScale(2));
        } else {
            frozenShares -= fillQuantity;
            if (creditTrade != null && creditTrade.shortSale()) {
                frozenCash = frozenCash.subtract(value).max(BigDecimal.ZERO.setScale(2));
            }
        }
        if (filledQuantity == quantity) {
            status = OrderStatus.FILLED;
        } else if (status != OrderStatus.CANCEL_REQUESTED) {
            status = OrderStatus.PARTIALLY_FILLED;
        }
        updatedAt = now;
    }

    public boolean cancellable() {
        return status == OrderStatus.PENDING_APPROVAL || status == OrderStatus.SUBMITTED || status == OrderStatus.NEW
                || status == OrderStatus.PARTIALLY_FILLED;
    }

    public void requestCancel(Instant now) {
        if (!cancellable()) {
            throw new IllegalStateException("Order " + clientOrderId + " is " + status);
        }
        status = OrderStatus.CANCEL_REQUESTED;
        updatedAt = now;
    }

    /** The exchange refused to cancel (the order had filled or was unknown): it stays as it was. */
    public void cancelRefused(Instant now) {
        if (status == OrderStatus.CANCEL_REQUESTED) {
            status = filledQuantity > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.NEW;
        }
        updatedAt = now;
    }

    /**
     * The order ends without filling the rest: canceled, rejected by the exchange or expired at the close. Answers
     * what it still held frozen, which the caller releases.
     */
    public Released end(OrderStatus endStatus, String reasonKey, Instant now) {
        Released released = new Released(frozenCash, frozenShares);
        status = endStatus;
        if (reasonKey != null) {
            rejectionCode = reasonKey;
        }
        frozenCash = BigDecimal.ZERO.setScale(2);
        frozenShares = 0;
        updatedAt = now;
        return released;
    }

    /** A filled buy gives back what it froze beyond its cost. */
    public BigDecimal takeUnusedCash(Instant now) {
        BigDecimal unused = frozenCash;
        frozenCash = BigDecimal.ZERO.setScale(2);
        updatedAt = now;
        return unused;
    }

    /** What an ended order gives back. */
    public record Released(BigDecimal cash, long shares) {
    }

    private void requireStatus(OrderStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Order " + clientOrderId + " is " + status + ", not " + expected);
        }
    }

    /** What the order does on the client's credit account; null for an order on the ordinary account. */
    public CreditTrade getCreditTrade() {
        return creditTrade;
    }

    public boolean isCredit() {
        return creditTrade != null;
    }

    public Long getId() {
        return id;
    }

    public String getClientOrderId() {
        return clientOrderId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public long getClientId() {
        return clientId;
    }

    public long getBranchId() {
        return branchId;
    }

    public long getFundAccountId() {
        return fundAccountId;
    }

    public String getCode() {
        return code;
    }

    public String getExchange() {
        return exchange;
    }

    public Side getSide() {
        return side;
    }

    public OrderType getType() {
        return type;
    }

    public long getQuantity() {
        return quantity;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public BigDecimal getFreezePrice() {
        return freezePrice;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public long getFilledQuantity() {
        return filledQuantity;
    }

    public long getLeavesQuantity() {
        return status.open() ? quantity - filledQuantity : 0;
    }

    public BigDecimal getFilledAmount() {
        return filledAmount;
    }

    public BigDecimal getCommissionCharged() {
        return commissionCharged;
    }

    public BigDecimal getFrozenCash() {
        return frozenCash;
    }

    public long getFrozenShares() {
        return frozenShares;
    }

    public LocalDate getTradeDate() {
        return tradeDate;
    }

    public String getRejectionCode() {
        return rejectionCode;
    }

    public List<String> getRejectionFigures() {
        return FigureColumn.split(rejectionArgs);
    }

    public String getExchangeOrderId() {
        return exchangeOrderId;
    }

    public Long getApprovalId() {
        return approvalId;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The average fill price, or null before the first fill. */
    public BigDecimal getAveragePrice() {
        return filledQuantity == 0 ? null
                : filledAmount.divide(BigDecimal.valueOf(filledQuantity), 4, java.math.RoundingMode.HALF_UP);
    }
}
