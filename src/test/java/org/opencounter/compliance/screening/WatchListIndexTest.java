package org.opencounter.compliance.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencounter.compliance.screening.ScreeningMatch.Reason;
import org.opencounter.compliance.screening.ScreeningSubject.SubjectRole;

/** Which entries a name hits: the threshold at its edge, the listed ID number, and the birth that rules out. */
class WatchListIndexTest {

    private static ListedEntry entry(String reference, String name, String idNumber, String birth) {
        return new ListedEntry(1, 1, WatchListKind.SANCTIONS, reference, name, null, idNumber,
                birth == null ? null : ListedBirth.parse(birth).orElseThrow(), "CN", null);
    }

    private static ScreeningSubject client(String name, String idNumber, String birth) {
        return new ScreeningSubject(7, 1, name, SubjectRole.CLIENT, name, idNumber,
                birth == null ? null : LocalDate.parse(birth));
    }

    /** 李伟 against "Li Wen" scores exactly 0.80: li (4 letters of 10) alike, wen against wei 2 in 3. */
    @ParameterizedTest(name = "threshold {0}: hit {1}")
    @CsvSource({"0.79, true", "0.80, true", "0.81, false"})
    void aNameHitsFromTheThresholdUp(double threshold, boolean hit) {
        WatchListIndex index = new WatchListIndex(List.of(entry("S-1", "Li Wen", null, null)), threshold);
        assertThat(index.matches(client("李伟", null, null))).hasSize(hit ? 1 : 0);
    }

    @Test
    void theListedIdNumberHitsWhateverTheName() {
        WatchListIndex index = new WatchListIndex(List.of(entry("B-1", "赵六", "310115199003070011", null)), 0.88);
        assertThat(index.matches(client("钱七", "310115 19900307 0011", null))).singleElement()
                .satisfies(match -> {
                    assertThat(match.reasons()).containsExactly(Reason.ID_NUMBER);
                    assertThat(match.score()).isLessThan(0.88);
                });
    }

    @Test
    void aBirthThatDisagreesRulesTheEntryOut() {
        WatchListIndex index = new WatchListIndex(List.of(entry("S-1", "WANG Jianguo", null, "1965-04-01"),
                entry("S-2", "WANG Jianguo", null, "1972")), 0.88);
        assertThat(index.matches(client("王建国", null, "1965-04-01"))).singleElement()
                .satisfies(match -> {
                    assertThat(match.entry().reference()).isEqualTo("S-1");
                    assertThat(match.reasons()).containsExactlyInAnyOrder(Reason.NAME, Reason.BIRTH);
                });
        assertThat(index.matches(client("王建国", null, "1972-11-30"))).singleElement()
                .satisfies(match -> assertThat(match.entry().reference()).as("only the year is listed")
                        .isEqualTo("S-2"));
        assertThat(index.matches(client("王建国", null, "1965-04-02"))).as("one day off").isEmpty();
        assertThat(index.matches(client("王建国", null, null))).as("no birth known: both").hasSize(2);
    }

    @Test
    void anAliasHitsAsTheNameDoes() {
        ListedEntry listed = new ListedEntry(1, 1, WatchListKind.PEP, "P-1", "Ahmad KARIMI", "Ahmed Karimi; 卡里米",
                null, null, "IR", null);
        WatchListIndex index = new WatchListIndex(List.of(listed), 0.88);
        assertThat(index.matches(client("Ahmed Karimi", null, null))).singleElement()
                .satisfies(match -> {
                    assertThat(match.matchedName()).isEqualTo("Ahmed Karimi");
                    assertThat(match.score()).isEqualTo(1.0);
                });
    }

    @Test
    void namesWithNoWordStartInCommonAreNotCompared() {
        WatchListIndex index = new WatchListIndex(List.of(entry("S-1", "Ivan PETROV", null, null)), 0.70);
        assertThat(index.matches(client("王建国", null, null))).isEmpty();
    }
}
