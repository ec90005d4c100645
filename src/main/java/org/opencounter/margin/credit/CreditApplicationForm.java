package org.opencounter.margin.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.opencounter.platform.IdempotentForm;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the credit officer records for an application: the credit investigation (征信) and the recommendation. Rates
 * are typed as percentages a year (6.5 for 6.5%).
 */
public class CreditApplicationForm extends IdempotentForm {

    @NotNull
    private Long clientId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate declaredFirstTrade;
    @NotNull
    private BigDecimal annualIncome;
    @NotNull
    private BigDecimal totalAssets;
    @NotNull
    private BigDecimal liabilities;
    @NotBlank
    @Size(max = 500)
    private String externalReport;
    @NotNull
    private Integer externalDefaults = 0;
    @NotNull
    private BigDecimal recommendedLine;
    @NotNull
    private BigDecimal financingRatePercent = new BigDecimal("6.5");
    @NotNull
    private BigDecimal lendingRatePercent = new BigDecimal("8.5");
    @NotNull
    private Integer termMonths = 6;
    @NotBlank
    @Size(max = 500)
    private String recommendation;

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public LocalDate getDeclaredFirstTrade() {
        return declaredFirstTrade;
    }

    public void setDeclaredFirstTrade(LocalDate declaredFirstTrade) {
        this.declaredFirstTrade = declaredFirstTrade;
    }

    public BigDecimal getAnnualIncome() {
        return annualIncome;
    }

    public void setAnnualIncome(BigDecimal annualIncome) {
        this.annualIncome = annualIncome;
    }

    public BigDecimal getTotalAssets() {
        return totalAssets;
    }

    public void setTotalAssets(BigDecimal totalAssets) {
        this.totalAssets = totalAssets;
    }

    public BigDecimal getLiabilities() {
        return liabilities;
    }

    public void setLiabilities(BigDecimal liabilities) {
        this.liabilities = liabilities;
    }

    public String getExternalReport() {
        return externalReport;
    }

    public void setExternalReport(String externalReport) {
        this.externalReport = externalReport;
    }

    public Integer getExternalDefaults() {
        return externalDefaults;
    }

    public void setExternalDefaults(Integer externalDefaults) {
        this.externalDefaults = externalDefaults;
    }

    public BigDecimal getRecommendedLine() {
        return recommendedLine;
    }

    public void setRecommendedLine(BigDecimal recommendedLine) {
        this.recommendedLine = recommendedLine;
    }

    public BigDecimal getFinancingRatePercent() {
        return financingRatePercent;
    }

    public void setFinancingRatePercent(BigDecimal financingRatePercent) {
        this.financingRatePercent = financingRatePercent;
    }

    public BigDecimal getLendingRatePercent() {
        return lendingRatePercent;
    }

    public void setLendingRatePercent(BigDecimal lendingRatePercent) {
        this.lendingRatePercent = lendingRatePercent;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(Integer termMonths) {
        this.termMonths = termMonths;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }
}
