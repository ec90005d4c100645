package org.opencounter.orders.web;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the order blotter. */
public record OrderRow(long id, String clientOrderId, long clientId, String clientName, String code,
                       String securityName, String side, String type, long quantity, BigDecimal price,
                       long filledQuantity, BigDecimal filledAmount, String status, String rejectionCode,
                       String placedBy, Instant placedAt) {
}
