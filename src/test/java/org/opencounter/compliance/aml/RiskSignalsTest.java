package org.opencounter.compliance.aml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencounter.clients.AmlRisk;

/** The rating monitoring points to: a report makes high, a case or 3 alerts medium, and it never lowers. */
class RiskSignalsTest {

    @Test
    void threeAlertsMakeMediumTwoDoNot() {
        assertThat(new RiskSignals(AmlRisk.LOW, 2, false, false).suggested()).isEqualTo(AmlRisk.LOW);
        assertThat(new RiskSignals(AmlRisk.LOW, 2, false, false).raises()).isFalse();
        RiskSignals three = new RiskSignals(AmlRisk.LOW, 3, false, false);
        assertThat(three.suggested()).isEqualTo(AmlRisk.MEDIUM);
        assertThat(three.factors()).singleElement().satisfies(factor -> {
            assertThat(factor.key()).isEqualTo("compliance.rating.factor.alerts");
            assertThat(factor.arguments()).containsExactly(3);
        });
    }

    @Test
    void aCaseUnderWayMakesMediumAndAReportHigh() {
        assertThat(new RiskSignals(AmlRisk.LOW, 1, true, false).suggested()).isEqualTo(AmlRisk.MEDIUM);
        assertThat(new RiskSignals(AmlRisk.LOW, 1, false, true).suggested()).isEqualTo(AmlRisk.HIGH);
        assertThat(new RiskSignals(AmlRisk.MEDIUM, 5, true, true).factors()).hasSize(3);
    }

    @Test
    void theSuggestionNeverLowersTheRating() {
        RiskSignals high = new RiskSignals(AmlRisk.HIGH, 3, true, false);
        assertThat(high.suggested()).isEqualTo(AmlRisk.HIGH);
        assertThat(high.raises()).isFalse();
        assertThat(new RiskSignals(AmlRisk.MEDIUM, 0, true, false).raises()).isFalse();
    }
}
