package org.opencounter.clients.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.opencounter.clients.ledger.TransferDirection;

/** A bank transfer at the counter; the request key makes a second submission of the same form harmless. */
public class TransferForm {

    @NotNull
    private TransferDirection direction = TransferDirection.IN;

    @NotNull
    @DecimalMin(value = "0.01", message = "{clients.transfer.amount.invalid}")
    @Digits(integer = 16, fraction = 2, message = "{clients.transfer.amount.invalid}")
    private BigDecimal amount;

    @NotBlank
    @Size(max = 64)
    private String requestKey;

    public TransferDirection getDirection() {
        return direction;
    }

    public void setDirection(TransferDirection direction) {
        this.direction = direction;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public void setRequestKey(String requestKey) {
        this.requestKey = requestKey;
    }
}
