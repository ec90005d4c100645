package org.opencounter.clients.prospect;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a prospect form says about the person. */
public record ProspectDetails(String name, String phone, ProspectSource source, BigDecimal estimatedAssets,
                              LocalDate nextContact, String notes) {
}
