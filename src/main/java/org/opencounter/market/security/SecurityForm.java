package org.opencounter.market.security;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.opencounter.market.Exchange;
import org.springframework.format.annotation.DateTimeFormat;

/** What an admin types to add or amend a security; limits and rates are entered in percent. */
public class SecurityForm {

    @NotNull
    private Exchange exchange;

    @NotBlank
    private String code;

    @NotBlank
    @Size(max = 50)
    private String name;

    /** Daily limit in percent; empty for no limit. */
    @DecimalMin(value = "0.01")
    @DecimalMax(value = "99")
    @Digits(integer = 2, fraction = 2)
    private BigDecimal priceLimitPercent;

    private boolean st;

    private boolean suspended;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate listingDate;

    private boolean marginEligible;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal collateralRatePercent = BigDecimal.ZERO;

    private boolean tPlusZero;

    /** The issuer's shares; empty while unknown. */
    @Min(1)
    private Long totalShares;

    public static SecurityForm of(Security security) {
        SecurityForm form = new SecurityForm();
        form.exchange = security.getExchange();
        form.code = security.getCode();
        form.name = security.getName();
        form.priceLimitPercent = security.getPriceLimit() == null ? null
                : security.getPriceLimit().movePointRight(2).stripTrailingZeros();
        form.st = security.isSt();
        form.suspended = security.isSuspended();
        form.listingDate = security.getListingDate();
        form.marginEligible = security.isMarginEligible();
        form.collateralRatePercent = security.getCollateralRate().movePointRight(2).stripTrailingZeros();
        form.tPlusZero = security.isTPlusZero();
        form.totalShares = security.getTotalShares();
        return form;
    }

    public SecurityTerms terms() {
        return new SecurityTerms(name.strip(), priceLimitPercent == null ? null : priceLimitPercent.movePointLeft(2),
                st, suspended, listingDate, marginEligible, collateralRatePercent.movePointLeft(2), tPlusZero,
                totalShares);
    }

    public Exchange getExchange() {
        return exchange;
    }

    public void setExchange(Exchange exchange) {
        this.exchange = exchange;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getPriceLimitPercent() {
        return priceLimitPercent;
    }

    public void setPriceLimitPercent(BigDecimal priceLimitPercent) {
        this.priceLimitPercent = priceLimitPercent;
    }

    public boolean isSt() {
        return st;
    }

    public void setSt(boolean st) {
        this.st = st;
    }

    public boolean isSuspended() {
        return suspended;
    }

    public void setSuspended(boolean suspended) {
        this.suspended = suspended;
    }

    public LocalDate getListingDate() {
        return listingDate;
    }

    public void setListingDate(LocalDate listingDate) {
        this.listingDate = listingDate;
    }

    public boolean isMarginEligible() {
        return marginEligible;
    }

    public void setMarginEligible(boolean marginEligible) {
        this.marginEligible = marginEligible;
    }

    public BigDecimal getCollateralRatePercent() {
        return collateralRatePercent;
    }

    public void setCollateralRatePercent(BigDecimal collateralRatePercent) {
        this.collateralRatePercent = collateralRatePercent;
    }

    public boolean isTPlusZero() {
        return tPlusZero;
    }

    public void setTPlusZero(boolean tPlusZero) {
        this.tPlusZero = tPlusZero;
    }

    public Long getTotalShares() {
        return totalShares;
    }

    public void setTotalShares(Long totalShares) {
        this.totalShares = totalShares;
    }
}
