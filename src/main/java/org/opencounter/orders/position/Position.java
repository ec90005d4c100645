package org.opencounter.orders.position;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A client's holding of one security. Shares bought today are held but not sellable until the next trading day
 * (T+1); shares in open sell orders are frozen. Cost is kept by the moving-average method: a buy adds its value and
 * fees, a sell takes away the average cost of the shares sold.
 */
@Entity
@Table(name = "orders_position")
@IdClass(PositionKey.class)
public class Position {

    @Id
    @Column(name = "client_id")
    private long clientId;

    @Id
    private String code;

    private long quantity;

    private long frozen;

    @Column(name = "bought_today")
    private long boughtToday;

    private BigDecimal cost = BigDecimal.ZERO;

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Position() {
    }

    public Position(long clientId, String code, Instant now) {
        this.clientId = clientId;
        this.code = code;
        this.updatedAt = now;
    }

    /** Shares that may be sold now. */
    public long sellable() {
        return quantity - frozen - boughtToday;
    }

    public void freeze(long shares, Instant now) {
        if (shares > sellable()) {
            throw new IllegalStateException("Freezing " + shares + " of " + sellable() + " sellable " + code);
        }
        frozen += shares;
        updatedAt = now;
    }

    public void unfreeze(long shares, Instant now) {
        frozen -= Math.min(shares, frozen);
        updatedAt = now;
    }

    /**
     * Bought shares arrive; T+0 securities are sellable at once.
     *
     * @param totalCost the value plus fees
     */
    public void buy(long shares, BigDecimal totalCost, boolean tPlusZero, Instant now) {
        quantity += shares;
        if (!tPlusZero) {
            boughtToday += shares;
        }
        cost = cost.add(totalCost);
        updatedAt = now;
    }

    /** Sold shares leave the frozen part; answers the average cost they carried. */
    public BigDecimal sell(long shares, Instant now) {
        BigDecimal soldCost = costOf(shares);
        quantity -= shares;
        frozen -= shares;
        cost = cost.subtract(soldCost);
        updatedAt = now;
        return soldCost;
    }

    /** Sellable shares leave other than by a sale (moved to the credit account); answers the cost they carried. */
    public BigDecimal transferOut(long shares, Instant now) {
        if (shares > sellable()) {
            throw new IllegalStateException("Moving " + shares + " of " + sellable() + " sellable " + code);
        }
        BigDecimal moved = costOf(shares);
        quantity -= shares;
        cost = cost.subtract(moved);
        updatedAt = now;
        return moved;
    }

    /** Shares arrive other than by a purchase (moved from the credit account), sellable at once, with their cost. */
    public void transferIn(long shares, BigDecimal movedCost, Instant now) {
        quantity += shares;
        cost = cost.add(movedCost);
        updatedAt = now;
    }

    /** The cost some of the shares carry by the moving average; all of them carry all of it. */
    private BigDecimal costOf(long shares) {
        return quantity == shares ? cost
                : cost.multiply(BigDecimal.valueOf(shares)).divide(BigDecimal.valueOf(quantity), 4,
                        RoundingMode.HALF_UP);
    }

    /** Settlement: today's purchases become sellable. */
    public void settle(Instant now) {
        boughtToday = 0;
        updatedAt = now;
    }

    /** The average cost per share, or zero for an empty position. */
    public BigDecimal averageCost() {
        return quantity == 0 ? BigDecimal.ZERO
                : cost.divide(BigDecimal.valueOf(quantity), 4, RoundingMode.HALF_UP);
    }

    public long getClientId() {
        return clientId;
    }

    public String getCode() {
        return code;
    }

    public long getQuantity() {
        return quantity;
    }

    public long getFrozen() {
        return frozen;
    }

    public long getBoughtToday() {
        return boughtToday;
    }

    public BigDecimal getCost() {
        return cost;
    }
}
