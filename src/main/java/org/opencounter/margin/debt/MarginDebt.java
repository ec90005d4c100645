package org.opencounter.margin.debt;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One financing or lending debt of a contract: when it arose, the principal still owed and the unpaid interest. */
public record MarginDebt(long id, LocalDate openedOn, BigDecimal principal, BigDecimal interest) {

    public BigDecimal total() {
        return principal.add(interest);
    }
}
