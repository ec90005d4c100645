package org.opencounter.margin.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.opencounter.platform.IdempotentForm;

/** The counter's securities business on a credit account: what to do, with which security and how many shares. */
public class CreditSharesForm extends IdempotentForm {

    /** Shares returned to the lending debts (直接还券), or collateral moved in from or out to the ordinary account. */
    public enum Operation { COLLATERAL_IN, COLLATERAL_OUT, DIRECT_RETURN }

    @NotNull(message = "{margin.account.operation.required}")
    private Operation operation = Operation.COLLATERAL_IN;

    @NotNull(message = "{orders.form.code.required}")
    @Pattern(regexp = "\\d{6}", message = "{orders.form.code.format}")
    private String code;

    @NotNull(message = "{orders.form.quantity.required}")
    @Positive(message = "{orders.form.quantity.positive}")
    private Long quantity;

    public Operation getOperation() {
        return operation;
    }

    public void setOperation(Operation operation) {
        this.operation = operation;
    }

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
