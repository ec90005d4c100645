package org.opencounter.orders;

import java.time.Instant;

/** An order was refused by a pre-trade check or by the exchange. */
public record OrderRejected(long orderId, long clientId, long branchId, String code, String checkCode,
                            String reasonKey, Instant at) {
}
