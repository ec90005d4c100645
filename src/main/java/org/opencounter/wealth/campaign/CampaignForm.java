package org.opencounter.wealth.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.opencounter.platform.IdempotentForm;
import org.opencounter.wealth.RiskCategory;
import org.springframework.format.annotation.DateTimeFormat;

/** A new campaign: its period, channel, the segment it aims at and the products it offers. */
public class CampaignForm extends IdempotentForm {

    @NotBlank
    @Size(max = 100)
    private String name;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    @NotNull
    private CampaignChannel channel;
    @NotNull
    private RiskCategory minCategory = RiskCategory.C1;
    @NotNull
    private RiskCategory maxCategory = RiskCategory.C5;
    @NotNull
    @DecimalMin(value = "0", message = "{wealth.needs.amountRange}")
    @Digits(integer = 18, fraction = 2, message = "{wealth.needs.amountRange}")
    private BigDecimal minAssets = BigDecimal.ZERO;
    private List<Long> productIds = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public CampaignChannel getChannel() {
        return channel;
    }

    public void setChannel(CampaignChannel channel) {
        this.channel = channel;
    }

    public RiskCategory getMinCategory() {
        return minCategory;
    }

    public void setMinCategory(RiskCategory minCategory) {
        this.minCategory = minCategory;
    }

    public RiskCategory getMaxCategory() {
        return maxCategory;
    }

    public void setMaxCategory(RiskCategory maxCategory) {
        this.maxCategory = maxCategory;
    }

    public BigDecimal getMinAssets() {
        return minAssets;
    }

    public void setMinAssets(BigDecimal minAssets) {
        this.minAssets = minAssets;
    }

    public List<Long> getProductIds() {
        return productIds;
    }

    public void setProductIds(List<Long> productIds) {
        this.productIds = productIds == null ? new ArrayList<>() : productIds;
    }
}
