package org.opencounter.wealth.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The stage from age and family: retirement from 60, growth with children at home, maturity from 45. */
class LifeCycleStageTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-02");

    static LifeCycleStage stage(String born, MaritalStatus marital, int children, boolean retired) {
        return LifeCycleStage.derive(LocalDate.parse(born), TODAY, marital, children, retired);
    }

    @Test
    void sixtyOnTheDayIsRetirementAndTheDayBeforeIsNot() {
        assertThat(stage("1966-12-02", MaritalStatus.MARRIED, 0, false)).isEqualTo(LifeCycleStage.RETIREMENT);
        assertThat(stage("1966-12-03", MaritalStatus.MARRIED, 0, false)).isEqualTo(LifeCycleStage.FAMILY_MATURITY);
    }

    @Test
    void aRetiredClientIsInRetirementAtAnyAge() {
        assertThat(stage("1975-01-01", MaritalStatus.MARRIED, 1, true)).isEqualTo(LifeCycleStage.RETIREMENT);
    }

    @Test
    void childrenAtHomeMeanGrowthWhateverTheMaritalStatus() {
        assertThat(stage("1990-03-07", MaritalStatus.MARRIED, 2, false)).isEqualTo(LifeCycleStage.FAMILY_GROWTH);
        assertThat(stage("1990-03-07", MaritalStatus.DIVORCED_OR_WIDOWED, 1, false))
                .isEqualTo(LifeCycleStage.FAMILY_GROWTH);
    }

    @Test
    void fortyFiveWithoutChildrenAtHomeIsMaturityAndFortyFourIsNot() {
        assertThat(stage("1981-12-02", MaritalStatus.MARRIED, 0, false)).isEqualTo(LifeCycleStage.FAMILY_MATURITY);
        assertThat(stage("1981-12-03", MaritalStatus.MARRIED, 0, false)).isEqualTo(LifeCycleStage.FAMILY_FORMATION);
        assertThat(stage("1981-12-03", MaritalStatus.SINGLE, 0, false)).isEqualTo(LifeCycleStage.SINGLE);
    }

    @Test
    void aYoungCoupleIsFormingAFamilyAndASingleOrDivorcedPersonIsSingle() {
        assertThat(stage("1996-05-01", MaritalStatus.MARRIED, 0, false)).isEqualTo(LifeCycleStage.FAMILY_FORMATION);
        assertThat(stage("1996-05-01", MaritalStatus.SINGLE, 0, false)).isEqualTo(LifeCycleStage.SINGLE);
        assertThat(stage("1996-05-01", MaritalStatus.DIVORCED_OR_WIDOWED, 0, false)).isEqualTo(LifeCycleStage.SINGLE);
    }
}
