package org.opencounter.compliance.restriction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An entry is in force from its first to its last day, both included, until it is lifted. */
class RestrictionTest {

    private static Restriction entry(String to, boolean lifted) {
        return new Restriction(1, RestrictionList.RESTRICTED, "601318", "中国平安", RestrictionScope.STAFF, "保荐",
                LocalDate.parse("2026-12-01"), to == null ? null : LocalDate.parse(to), "compliance", Instant.now(),
                lifted ? "compliance" : null, lifted ? Instant.now() : null, lifted ? "发行结束" : null);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2026-11-30, false", "2026-12-01, true", "2026-12-31, true", "2027-01-01, false"})
    void inForceFromTheFirstToTheLastDay(String day, boolean inForce) {
        assertThat(entry("2026-12-31", false).inForceOn(LocalDate.parse(day))).isEqualTo(inForce);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-12-01", "2036-12-01"})
    void anOpenEndedEntryStaysInForceUntilLifted(String day) {
        assertThat(entry(null, false).inForceOn(LocalDate.parse(day))).isTrue();
        assertThat(entry(null, true).inForceOn(LocalDate.parse(day))).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2026-11-30, false", "2026-12-01, true", "2026-12-10, true", "2026-12-11, false"})
    void anInsiderProjectBindsUntilItsClosingDay(String day, boolean open) {
        InsiderProject project = new InsiderProject(1, "保荐", InsiderProject.ProjectKind.INVESTMENT_BANKING, "601318",
                "中国平安", LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-10"), null, "compliance", 2);
        assertThat(project.openOn(LocalDate.parse(day))).isEqualTo(open);
    }
}
