package org.opencounter.margin.security;

import java.math.BigDecimal;

/** A margin list entry as the risk officer edits it; the rate is typed as a percentage (65 for 65%). */
public class MarginSecurityForm {

    private String code;
    private boolean financingTarget;
    private boolean lendingTarget;
    private BigDecimal collateralRatePercent;
    private boolean indexConstituent;
    private boolean governmentBond;
    private BigDecimal staticPe;
    private Long floatShares;
    private Long lendingPool;

    public static MarginSecurityForm of(MarginSecurity entry) {
        MarginSecurityForm form = new MarginSecurityForm();
        form.code = entry.code();
        form.financingTarget = entry.financingTarget();
        form.lendingTarget = entry.lendingTarget();
        form.collateralRatePercent = entry.collateralRate().movePointRight(2).stripTrailingZeros();
        form.indexConstituent = entry.indexConstituent();
        form.governmentBond = entry.governmentBond();
        form.staticPe = entry.staticPe();
        form.floatShares = entry.floatShares();
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public boolean isFinancingTarget() {
        return financingTarget;
    }

    public void setFinancingTarget(boolean financingTarget) {
        this.financingTarget = financingTarget;
    }

    public boolean isLendingTarget() {
        return lendingTarget;
    }

    public void setLendingTarget(boolean lendingTarget) {
        this.lendingTarget = lendingTarget;
    }

    public BigDecimal getCollateralRatePercent() {
        return collateralRatePercent;
    }

    public void setCollateralRatePercent(BigDecimal collateralRatePercent) {
        this.collateralRatePercent = collateralRatePercent;
    }

    public boolean isIndexConstituent() {
        return indexConstituent;
    }

    public void setIndexConstituent(boolean indexConstituent) {
        this.indexConstituent = indexConstituent;
    }

    public boolean isGovernmentBond() {
        return governmentBond;
    }

    public void setGovernmentBond(boolean governmentBond) {
        this.governmentBond = governmentBond;
    }

    public BigDecimal getStaticPe() {
        return staticPe;
    }

    public void setStaticPe(BigDecimal staticPe) {
        this.staticPe = staticPe;
    }

    public Long getFloatShares() {
        return floatShares;
    }

    public void setFloatShares(Long floatShares) {
        this.floatShares = floatShares;
    }

    /** The lending pool (券源) to set, for a lending target; empty leaves it as it is. */
    public Long getLendingPool() {
        return lendingPool;
    }

    public void setLendingPool(Long lendingPool) {
        this.lendingPool = lendingPool;
    }
}
