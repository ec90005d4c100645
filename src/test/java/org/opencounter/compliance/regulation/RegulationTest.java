package org.opencounter.compliance.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A regulation's state on a day, and when an owner's review is due. */
class RegulationTest {

    private static Regulation regulation(String repealed) {
        return new Regulation(1, "反洗钱法", "全国人大常委会", "主席令第三十八号", LocalDate.parse("2024-11-08"),
                LocalDate.parse("2025-01-01"), repealed == null ? null : LocalDate.parse(repealed), "要点", null, null,
                null, "compliance");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2024-12-31, UPCOMING", "2025-01-01, IN_FORCE", "2030-06-29, IN_FORCE", "2030-06-30, REPEALED"})
    void inForceFromTheEffectiveDayUntilTheRepeal(String day, Regulation.State state) {
        assertThat(regulation("2030-06-30").stateOn(LocalDate.parse(day))).isEqualTo(state);
    }

    @ParameterizedTest(name = "effective {0}, recorded {1}: due {2}")
    @CsvSource({"2026-12-08, 2026-12-07, 2026-12-08", "2026-12-07, 2026-12-07, 2027-01-06",
            "2025-01-01, 2026-12-07, 2027-01-06"})
    void aReviewIsDueOnTheEffectiveDayOrThirtyDaysOn(String effective, String today, String due) {
        assertThat(RegulationLibrary.dueOn(LocalDate.parse(effective), LocalDate.parse(today)))
                .isEqualTo(LocalDate.parse(due));
    }
}
