package org.opencounter.wealth.needs;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The finances and family form of the needs analysis; amounts in CNY, yearly where they flow. */
public class HouseholdForm {

    @NotNull
    @DecimalMin(value = "0", message = "{wealth.needs.amountRange}")
    @Digits(integer = 18, fraction = 2, message = "{wealth.needs.amountRange}")
    private BigDecimal annualIncome;
    @NotNull
    @DecimalMin(value = "0", message = "{wealth.needs.amountRange}")
    @Digits(integer = 18, fraction = 2, message = "{wealth.needs.amountRange}")
    private BigDecimal annualExpenses;
    @NotNull
    @DecimalMin(value = "0", message = "{wealth.needs.amountRange}")
    @Digits(integer = 18, fraction = 2, message = "{wealth.needs.amountRange}")
    private BigDecimal cashDeposits = BigDecimal.ZERO;
    @NotNull
    @DecimalMin(value = "0", message = "{wealth.needs.amountRange}")
    @Digits(integer = 18, fraction = 2, message = "{wealth.needs.amountRange}")
    private BigDecimal fixedIncome = BigDecimal.ZERO;
    @NotNull
    @DecimalMin(value = "0", message = "{wealth.needs.amountRange}")
    @Digits(integer = 18, fraction = 2, message = "{wealth.needs.amountRange}")
    private BigDecimal equity = BigDecimal.ZERO;
    @NotNull
    @DecimalMin(value = "0", message = "{wealth.needs.amountRange}")
    @Digits(integer = 18, fraction = 2, message = "{wealth.needs.amountRange}")
    private BigDecimal realEstate = BigDecimal.ZERO;
    @NotNull
    @DecimalMin(value = "0", message = "{wealth.needs.amountRange}")
    @Digits(integer = 18, fraction = 2, message = "{wealth.needs.amountRange}")
    private BigDecimal otherAssets = BigDecimal.ZERO;
    @NotNull
    @DecimalMin(value = "0", message = "{wealth.needs.amountRange}")
    @Digits(integer = 18, fraction = 2, message = "{wealth.needs.amountRange}")
    private BigDecimal mortgage = BigDecimal.ZERO;
    @NotNull
    @DecimalMin(value = "0", message = "{wealth.needs.amountRange}")
    @Digits(integer = 18, fraction = 2, message = "{wealth.needs.amountRange}")
    private BigDecimal otherLiabilities = BigDecimal.ZERO;
    @NotNull
    private MaritalStatus marital;
    @Min(value = 0, message = "{wealth.needs.childrenRange}")
    @Max(value = 20, message = "{wealth.needs.childrenRange}")
    private int dependentChildren;
    private boolean retired;
    private LifeCycleStage stageOverride;
    @Size(max = 200)
    private String overrideReason;
    private long version = -1;

    public static HouseholdForm of(Household household) {
        HouseholdForm form = new HouseholdForm();
        FinancialSituation f = household.finances();
        form.annualIncome = f.annualIncome();
        form.annualExpenses = f.annualExpenses();
        form.cashDeposits = f.cashDeposits();
        form.fixedIncome = f.fixedIncome();
        form.equity = f.equity();
        form.realEstate = f.realEstate();
        form.otherAssets = f.otherAssets();
        form.mortgage = f.mortgage();
        form.otherLiabilities = f.otherLiabilities();
        form.marital = household.marital();
        form.dependentChildren = household.dependentChildren();
        form.retired = household.retired();
        form.stageOverride = household.stageOverride();
        form.overrideReason = household.overrideReason();
        form.version = household.version();
        return form;
    }

    FinancialSituation finances() {
        return new FinancialSituation(annualIncome, annualExpenses, cashDeposits, fixedIncome, equity, realEstate,
                otherAssets, mortgage, otherLiabilities);
    }

    public BigDecimal getAnnualIncome() {
        return annualIncome;
    }

    public void setAnnualIncome(BigDecimal annualIncome) {
        this.annualIncome = annualIncome;
    }

    public BigDecimal getAnnualExpenses() {
        return annualExpenses;
    }

    public void setAnnualExpenses(BigDecimal annualExpenses) {
        this.annualExpenses = annualExpenses;
    }

    public BigDecimal getCashDeposits() {
        return cashDeposits;
    }

    public void setCashDeposits(BigDecimal cashDeposits) {
        this.cashDeposits = cashDeposits;
    }

    public BigDecimal getFixedIncome() {
        return fixedIncome;
    }

    public void setFixedIncome(BigDecimal fixedIncome) {
        this.fixedIncome = fixedIncome;
    }

    public BigDecimal getEquity() {
        return equity;
    }

    public void setEquity(BigDecimal equity) {
        this.equity = equity;
    }

    public BigDecimal getRealEstate() {
        return realEstate;
    }

    public void setRealEstate(BigDecimal realEstate) {
        this.realEstate = realEstate;
    }

    public BigDecimal getOtherAssets() {
        return otherAssets;
    }

    public void setOtherAssets(BigDecimal otherAssets) {
        this.otherAssets = otherAssets;
    }

    public BigDecimal getMortgage() {
        return mortgage;
    }

    public void setMortgage(BigDecimal mortgage) {
        this.mortgage = mortgage;
    }

    public BigDecimal getOtherLiabilities() {
        return otherLiabilities;
    }

    public void setOtherLiabilities(BigDecimal otherLiabilities) {
        this.otherLiabilities = otherLiabilities;
    }

    public MaritalStatus getMarital() {
        return marital;
    }

    public void setMarital(MaritalStatus marital) {
        this.marital = marital;
    }

    public int getDependentChildren() {
        return dependentChildren;
    }

    public void setDependentChildren(int dependentChildren) {
        this.dependentChildren = dependentChildren;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    public LifeCycleStage getStageOverride() {
        return stageOverride;
    }

    public void setStageOverride(LifeCycleStage stageOverride) {
        this.stageOverride = stageOverride;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.trim();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
