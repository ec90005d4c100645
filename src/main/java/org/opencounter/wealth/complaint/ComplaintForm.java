package org.opencounter.wealth.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.opencounter.platform.IdempotentForm;

/** A complaint as it is taken in, from whatever channel. */
public class ComplaintForm extends IdempotentForm {

    @NotNull
    private Long clientId;
    @NotNull
    private ComplaintChannel channel;
    @NotNull
    private ComplaintCategory category;
    @NotNull
    private ComplaintSeverity severity = ComplaintSeverity.MEDIUM;
    @NotBlank
    @Size(max = 2000)
    private String description;
    @Size(max = 50)
    private String adviser;
    private Long productId;
    private boolean regulatorReportable;

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public void setChannel(ComplaintChannel channel) {
        this.channel = channel;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public void setCategory(ComplaintCategory category) {
        this.category = category;
    }

    public ComplaintSeverity getSeverity() {
        return severity;
    }

    public void setSeverity(ComplaintSeverity severity) {
        this.severity = severity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAdviser() {
        return adviser;
    }

    public void setAdviser(String adviser) {
        this.adviser = adviser == null || adviser.isBlank() ? null : adviser.trim();
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public boolean isRegulatorReportable() {
        return regulatorReportable;
    }

    public void setRegulatorReportable(boolean regulatorReportable) {
        this.regulatorReportable = regulatorReportable;
    }
}
