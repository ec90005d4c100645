package org.opencounter.margin.web;

import java.math.BigDecimal;

import org.opencounter.margin.credit.ContractChangeKind;
import org.opencounter.margin.credit.ContractChanges;
import org.opencounter.platform.IdempotentForm;

/** A proposed contract change as the credit officer fills it in; the service checks every field. */
public class ContractChangeForm extends IdempotentForm {

    private ContractChangeKind kind;
    private BigDecimal newLine;
    private Integer renewalMonths;
    private String reason;

    ContractChanges.Proposal proposal() {
        return new ContractChanges.Proposal(kind, newLine, renewalMonths, reason, getRequestKey());
    }

    public ContractChangeKind getKind() {
        return kind;
    }

    public void setKind(ContractChangeKind kind) {
        this.kind = kind;
    }

    public BigDecimal getNewLine() {
        return newLine;
    }

    public void setNewLine(BigDecimal newLine) {
        this.newLine = newLine;
    }

    public Integer getRenewalMonths() {
        return renewalMonths;
    }

    public void setRenewalMonths(Integer renewalMonths) {
        this.renewalMonths = renewalMonths;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
