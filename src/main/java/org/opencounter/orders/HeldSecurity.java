package org.opencounter.orders;

import java.math.BigDecimal;

/** A security a client holds, valued at the latest price. */
public record HeldSecurity(String code, long quantity, BigDecimal marketValue) {
}
