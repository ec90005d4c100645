package org.opencounter.margin.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.opencounter.platform.IdempotentForm;

/** Cash business on a credit account at the counter: what to do and how much. */
public class CreditCashForm extends IdempotentForm {

    /** What the counter does with the amount. */
    public enum Operation { TRANSFER_IN, TRANSFER_OUT, REPAY }

    @NotNull(message = "{margin.account.operation.required}")
    private Operation operation = Operation.TRANSFER_IN;

    @NotNull(message = "{margin.account.amount.required}")
    @DecimalMin(value = "0.01", message = "{margin.account.amount.positive}")
    @Digits(integer = 14, fraction = 2, message = "{margin.account.amount.digits}")
    private BigDecimal amount;

    public Operation getOperation() {
        return operation;
    }

    public void setOperation(Operation operation) {
        this.operation = operation;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
