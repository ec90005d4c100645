package org.opencounter.clients.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** An application for a board's trading permission: the first trade as the CSDC shows it and the signed disclosure. */
public class PermissionForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate firstTradeDate;

    private boolean disclosureSigned;

    public LocalDate getFirstTradeDate() {
        return firstTradeDate;
    }

    public void setFirstTradeDate(LocalDate firstTradeDate) {
        this.firstTradeDate = firstTradeDate;
    }

    public boolean isDisclosureSigned() {
        return disclosureSigned;
    }

    public void setDisclosureSigned(boolean disclosureSigned) {
        this.disclosureSigned = disclosureSigned;
    }
}
