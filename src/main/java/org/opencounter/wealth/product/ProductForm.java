package org.opencounter.wealth.product;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.opencounter.platform.DisplayFormat;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.RiskLevel;

/** A catalogue entry as the product form edits it; fees are entered as percentages. */
public class ProductForm {

    @NotBlank
    @Pattern(regexp = "[A-Z0-9]{4,20}", message = "{wealth.product.codePattern}")
    private String code;
    @NotBlank
    @Size(max = 100)
    private String nameZh;
    @NotBlank
    @Size(max = 100)
    private String nameEn;
    @NotNull
    private ProductType type;
    @NotNull
    private InvestmentVariety variety;
    @NotBlank
    @Size(max = 100)
    private String issuer;
    @NotNull
    private RiskLevel riskLevel;
    @NotNull
    @DecimalMin(value = "0.01", message = "{wealth.product.minimumPositive}")
    @Digits(integer = 18, fraction = 2, message = "{wealth.product.minimumPositive}")
    private BigDecimal minimumInvestment;
    @NotNull
    @Min(value = 0, message = "{wealth.product.horizonRange}")
    @Max(value = 600, message = "{wealth.product.horizonRange}")
    private Integer horizonMonths;
    @NotNull
    @DecimalMin(value = "0", message = "{wealth.product.feeRange}")
    @DecimalMax(value = "10", message = "{wealth.product.feeRange}")
    @Digits(integer = 2, fraction = 4, message = "{wealth.product.feeRange}")
    private BigDecimal subscriptionFeePercent = BigDecimal.ZERO;
    @NotNull
    @DecimalMin(value = "0", message = "{wealth.product.feeRange}")
    @DecimalMax(value = "10", message = "{wealth.product.feeRange}")
    @Digits(integer = 2, fraction = 4, message = "{wealth.product.feeRange}")
    private BigDecimal managementFeePercent = BigDecimal.ZERO;
    private boolean professionalOnly;
    @NotNull
    private ProductStatus status = ProductStatus.ON_SALE;
    @NotNull
    @DecimalMin(value = "0.0001", message = "{wealth.product.navPositive}")
    @Digits(integer = 16, fraction = 4, message = "{wealth.product.navPositive}")
    private BigDecimal nav = BigDecimal.ONE;
    private long version;

    public static ProductForm of(Product product) {
        ProductForm form = new ProductForm();
        form.code = product.code();
        form.nameZh = product.nameZh();
        form.nameEn = product.nameEn();
        form.type = product.type();
        form.variety = product.variety();
        form.issuer = product.issuer();
        form.riskLevel = product.riskLevel();
        form.minimumInvestment = product.minimumInvestment();
        form.horizonMonths = product.horizonMonths();
        form.subscriptionFeePercent = DisplayFormat.percentOf(product.subscriptionFee());
        form.managementFeePercent = DisplayFormat.percentOf(product.managementFee());
        form.professionalOnly = product.professionalOnly();
        form.status = product.status();
        form.nav = product.nav();
        form.version = product.version();
        return form;
    }

    BigDecimal subscriptionFee() {
        return subscriptionFeePercent.movePointLeft(2).setScale(6, RoundingMode.UNNECESSARY);
    }

    BigDecimal managementFee() {
        return managementFeePercent.movePointLeft(2).setScale(6, RoundingMode.UNNECESSARY);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public ProductType getType() {
        return type;
    }

    public void setType(ProductType type) {
        this.type = type;
    }

    public InvestmentVariety getVariety() {
        return variety;
    }

    public void setVariety(InvestmentVariety variety) {
        this.variety = variety;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public BigDecimal getMinimumInvestment() {
        return minimumInvestment;
    }

    public void setMinimumInvestment(BigDecimal minimumInvestment) {
        this.minimumInvestment = minimumInvestment;
    }

    public Integer getHorizonMonths() {
        return horizonMonths;
    }

    public void setHorizonMonths(Integer horizonMonths) {
        this.horizonMonths = horizonMonths;
    }

    public BigDecimal getSubscriptionFeePercent() {
        return subscriptionFeePercent;
    }

    public void setSubscriptionFeePercent(BigDecimal subscriptionFeePercent) {
        this.subscriptionFeePercent = subscriptionFeePercent;
    }

    public BigDecimal getManagementFeePercent() {
        return managementFeePercent;
    }

    public void setManagementFeePercent(BigDecimal managementFeePercent) {
        this.managementFeePercent = managementFeePercent;
    }

    public boolean isProfessionalOnly() {
        return professionalOnly;
    }

    public void setProfessionalOnly(boolean professionalOnly) {
        this.professionalOnly = professionalOnly;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public void setStatus(ProductStatus status) {
        this.status = status;
    }

    public BigDecimal getNav() {
        return nav;
    }

    public void setNav(BigDecimal nav) {
        this.nav = nav;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
