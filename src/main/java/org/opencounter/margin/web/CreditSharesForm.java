package org.opencounter.margin.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.opencounter.platform.IdempotentForm;

/** Shares returned from the credit position to the lending debts at the counter (直接还券). */
public class ShareReturnForm extends IdempotentForm {

    @NotNull(message = "{orders.form.code.required}")
    @Pattern(regexp = "\\d{6}", message = "{orders.form.code.format}")
    private String code;

    @NotNull(message = "{orders.form.quantity.required}")
    @Positive(message = "{orders.form.quantity.positive}")
    private Long quantity;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public Long getQuantity() {
        return quantity;
    }

    public void setQuantity(Long quantity) {
        this.quantity = quantity;
    }
}
