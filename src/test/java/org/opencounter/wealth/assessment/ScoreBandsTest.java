package org.opencounter.wealth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencounter.wealth.RiskCategory;

/** The bands of questionnaire version 1: C1 0–20, C2 21–36, C3 37–53, C4 54–81, C5 82–100. */
class ScoreBandsTest {

    static final ScoreBands VERSION_1 = new ScoreBands(Map.of(RiskCategory.C1, 0, RiskCategory.C2, 21,
            RiskCategory.C3, 37, RiskCategory.C4, 54, RiskCategory.C5, 82));

    @ParameterizedTest(name = "{0} points is {1}")
    @CsvSource({"0, C1", "20, C1", "21, C2", "22, C2", "35, C2", "36, C2", "37, C3", "38, C3", "52, C3", "53, C3",
            "54, C4", "55, C4", "80, C4", "81, C4", "82, C5", "83, C5", "100, C5"})
    void eachScoreFallsInItsBand(int score, RiskCategory category) {
        assertThat(VERSION_1.categoryOf(score)).isEqualTo(category);
    }

    @Test
    void aBandEndsOneBelowTheNextBandsStart() {
        assertThat(VERSION_1.maximum(RiskCategory.C1)).isEqualTo(20);
        assertThat(VERSION_1.maximum(RiskCategory.C4)).isEqualTo(81);
        assertThat(VERSION_1.maximum(RiskCategory.C5)).isNull();
    }

    @Test
    void bandsMustStartAtZeroAndRise() {
        assertThatThrownBy(() -> new ScoreBands(Map.of(RiskCategory.C1, 1, RiskCategory.C2, 21, RiskCategory.C3, 37,
                RiskCategory.C4, 54, RiskCategory.C5, 82))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoreBands(Map.of(RiskCategory.C1, 0, RiskCategory.C2, 37, RiskCategory.C3, 37,
                RiskCategory.C4, 54, RiskCategory.C5, 82))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoreBands(Map.of(RiskCategory.C1, 0, RiskCategory.C2, 21)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeScoreIsRefused() {
        assertThatThrownBy(() -> VERSION_1.categoryOf(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
