package org.opencounter.clients.onboarding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** One beneficial-owner row of the institutional form; rows left blank are ignored. */
public class OwnerRow {

    @Size(max = 50)
    private String name;

    @Size(max = 32)
    private String idNumber;

    @Positive
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal share;

    static List<OwnerRow> blank(int rows) {
        List<OwnerRow> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            list.add(new OwnerRow());
        }
        return list;
    }

    boolean blank() {
        return (name == null || name.isBlank()) && (idNumber == null || idNumber.isBlank()) && share == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber == null ? null : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public BigDecimal getShare() {
        return share;
    }

    public void setShare(BigDecimal share) {
        this.share = share;
    }
}
