package org.opencounter.wealth.needs;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Where a household stands in its life cycle (家庭生命周期), which the allocation models are kept for: single, family
 * formation (a couple without children yet), growth (children at home), maturity (children grown or none, before
 * retirement) and retirement; institutions' models apart.
 */
public enum LifeCycleStage {
    SINGLE, FAMILY_FORMATION, FAMILY_GROWTH, FAMILY_MATURITY, RETIREMENT,
    /** Not a stage of a household: institutions have no life cycle, and their allocation models are kept here. */
    INSTITUTION;

    /** The stages of individuals' households, the ones an adviser may set instead of the derived one. */
    public static final List<LifeCycleStage> HOUSEHOLD = List.of(SINGLE, FAMILY_FORMATION, FAMILY_GROWTH,
            FAMILY_MATURITY, RETIREMENT);

    /** The age from which a household counts as retired even if still working (house rule). */
    public static final int RETIREMENT_AGE = 60;
    /** The age from which a single person or childless couple counts as a mature household (house rule). */
    public static final int MATURITY_AGE = 45;

    /**
     * The stage of an individual from age and family: retired, or at 60 and over, is retirement; children at home is
     * growth; from 45 without children at home is maturity; a married couple under 45 is formation; else single.
     */
    public static LifeCycleStage derive(LocalDate birthDate, LocalDate today, MaritalStatus marital, int children,
                                        boolean retired) {
        int age = Period.between(birthDate, today).getYears();
        if (retired || age >= RETIREMENT_AGE) {
            return RETIREMENT;
        }
        if (children > 0) {
            return FAMILY_GROWTH;
        }
        if (age >= MATURITY_AGE) {
            return FAMILY_MATURITY;
        }
        return marital == MaritalStatus.MARRIED ? FAMILY_FORMATION : SINGLE;
    }
}
