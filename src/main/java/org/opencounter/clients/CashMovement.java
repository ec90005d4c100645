package org.opencounter.clients;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An amount moved between a client's available and frozen cash, under an idempotency key. */
public record CashMovement(long fundAccountId, BigDecimal amount, LocalDate businessDate, String key, String memo,
                           String by) {
}
