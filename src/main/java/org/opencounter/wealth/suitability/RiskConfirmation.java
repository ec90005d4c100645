package org.opencounter.wealth.suitability;

import java.time.Instant;

/**
 * A client's confirmation of an enhanced risk warning (风险警示确认): the text they were shown, the double-recording
 * (双录) file reference where the sale was recorded, and the staff member who took it.
 */
public record RiskConfirmation(long id, long verdictId, long clientId, long productId, long assessmentId,
                               String warningText, String recordingRef, String confirmedBy, Instant confirmedAt) {
}
