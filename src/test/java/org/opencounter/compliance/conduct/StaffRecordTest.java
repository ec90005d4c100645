package org.opencounter.compliance.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A certificate falls due 90 days ahead (the 90th day included); training is short below 15 hours a year. */
class StaffRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static StaffRecord record(LocalDate expiry, String hours) {
        return new StaffRecord(1, "advisor", "李客户经理", "E1002", "SH01", null, expiry == null ? null : "S001",
                expiry, new BigDecimal(hours), 0, 0);
    }

    @ParameterizedTest(name = "expiring in {0} days: due {1}, expired {2}")
    @CsvSource({"-1, true, true", "0, true, false", "89, true, false", "90, true, false", "91, false, false"})
    void aCertificateFallsDueNinetyDaysAhead(int days, boolean due, boolean expired) {
        StaffRecord record = record(TODAY.plusDays(days), "15");
        assertThat(record.certificateDueOn(TODAY)).isEqualTo(due);
        assertThat(record.certificateExpiredOn(TODAY)).isEqualTo(expired);
    }

    @ParameterizedTest(name = "{0} hours: short {1}")
    @CsvSource({"14.9, true", "15.0, false", "15.1, false", "0, true"})
    void trainingIsShortBelowFifteenHours(String hours, boolean shortOf) {
        assertThat(record(null, hours).trainingShort()).isEqualTo(shortOf);
        assertThat(record(null, hours).certificateDueOn(TODAY)).as("no certificate, nothing due").isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"'310115 19900307 001X', 310115199003070 01X", "'e1234567', E1234567", "'1234567', ''",
            "'310115-19900307-0011', 310115199003070011"})
    void identityNumbersAreComparedWithoutSpacesInCapitals(String written, String compared) {
        assertThat(IdentityNumber.normalised(written).orElse("")).isEqualTo(compared.replace(" ", ""));
    }
}
