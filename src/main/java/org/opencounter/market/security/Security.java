package org.opencounter.market.security;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opencounter.market.Board;
import org.opencounter.market.Exchange;
import org.opencounter.market.SecurityCode;
import org.opencounter.market.SecurityType;

/** One listed security; its code fixes exchange, board and type, the rest is trading reference data. */
@Entity
@Table(name = "market_security")
public class Security {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Exchange exchange;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Board board;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SecurityType type;

    @Column(name = "lot_size", nullable = false)
    private int lotSize;

    @Column(name = "tick_size", nullable = false)
    private BigDecimal tickSize;

    /** Null: no daily price limit. */
    @Column(name = "price_limit")
    private BigDecimal priceLimit;

    @Column(nullable = false)
    private boolean st;

    @Column(nullable = false)
    private boolean suspended;

    @Column(name = "listing_date", nullable = false)
    private LocalDate listingDate;

    @Column(name = "margin_eligible", nullable = false)
    private boolean marginEligible;

    @Column(name = "collateral_rate", nullable = false)
    private BigDecimal collateralRate;

    @Column(name = "t_plus_zero", nullable = false)
    private boolean tPlusZero;

    /** Null while unknown. */
    @Column(name = "total_shares")
    private Long totalShares;

    @Column(name = "pinyin_initials")
    private String pinyinInitials;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Security() {
    }

    public Security(SecurityCode code, SecurityTerms terms, Instant now) {
        this.code = code.code();
        this.exchange = code.exchange();
        this.board = code.board();
        this.type = code.type();
        this.tickSize = code.type().tick();
        this.lotSize = 100;
        amend(terms, now);
    }

    public void amend(SecurityTerms terms, Instant now) {
        this.name = terms.name();
        this.pinyinInitials = PinyinInitials.of(terms.name());
        this.priceLimit = terms.priceLimit();
        this.st = terms.st();
        this.suspended = terms.suspended();
        this.listingDate = terms.listingDate();
        this.marginEligible = terms.marginEligible();
        this.collateralRate = terms.collateralRate();
        this.tPlusZero = terms.tPlusZero();
        this.totalShares = terms.totalShares();
        this.updatedAt = now;
    }

    public SecurityTerms terms() {
        return new SecurityTerms(name, priceLimit, st, suspended, listingDate, marginEligible, collateralRate, tPlusZero,
                totalShares);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getPinyinInitials() {
        return pinyinInitials;
    }

    public Exchange getExchange() {
        return exchange;
    }

    public Board getBoard() {
        return board;
    }

    public SecurityType getType() {
        return type;
    }

    public int getLotSize() {
        return lotSize;
    }

    public BigDecimal getTickSize() {
        return tickSize;
    }

    public BigDecimal getPriceLimit() {
        return priceLimit;
    }

    public boolean isSt() {
        return st;
    }

    public boolean isSuspended() {
        return suspended;
    }

    public LocalDate getListingDate() {
        return listingDate;
    }

    public boolean isMarginEligible() {
        return marginEligible;
    }

    public Long getTotalShares() {
        return totalShares;
    }

    public BigDecimal getCollateralRate() {
        return collateralRate;
    }

    public boolean isTPlusZero() {
        return tPlusZero;
    }

    /** Price decimals for display: 2 for stocks, 3 for funds. */
    public int priceScale() {
        return tickSize.stripTrailingZeros().scale();
    }
}
