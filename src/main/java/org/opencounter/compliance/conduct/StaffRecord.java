package org.opencounter.compliance.conduct;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A staff member as compliance watches them: the practising certificate, this year's training hours, the declared
 * relatives, and the client accounts that carry their or a relative's identity number.
 *
 * @param idNumber null until compliance records it
 */
public record StaffRecord(long staffId, String username, String displayName, String employeeNumber,
                          String branchCode, String idNumber, String certificateNumber, LocalDate certificateExpiry,
                          BigDecimal trainingHours, int relatives, int linkedAccounts) {

    /** The house minimum of continuing training a year (domain reference section 8). */
    public static final BigDecimal TRAINING_HOURS_A_YEAR = new BigDecimal("15");
    /** How far ahead an expiring certificate is flagged. */
    public static final int EXPIRY_NOTICE_DAYS = 90;

    /** Expired on the day, or expiring within the notice period (the 90th day included). */
    public boolean certificateDueOn(LocalDate today) {
        return certificateExpiry != null && !certificateExpiry.isAfter(today.plusDays(EXPIRY_NOTICE_DAYS));
    }

    public boolean certificateExpiredOn(LocalDate today) {
        return certificateExpiry != null && certificateExpiry.isBefore(today);
    }

    public boolean trainingShort() {
        return trainingHours.compareTo(TRAINING_HOURS_A_YEAR) < 0;
    }
}
