package org.opencounter.compliance.aml;

import java.util.ArrayList;
import java.util.List;

import org.opencounter.clients.AmlRisk;

/**
 * What monitoring knows of a client that bears on the AML rating, and the rating it points to (house rule, each
 * factor shown): a report filed in the last 12 months makes the client high risk; a case under way, or 3 or more
 * alerts not dismissed in the last 12 months, at least medium. The suggestion never lowers the rating: that is the
 * officer's judgment.
 */
public record RiskSignals(AmlRisk current, int alerts, boolean caseUnderWay, boolean reported) {

    /** Alerts in 12 months from which a client is at least medium risk. */
    static final int ALERTS_FOR_MEDIUM = 3;

    /** A factor that raised the suggestion, as a message key and its figures. */
    public record Factor(String key, Object... arguments) {
    }

    public AmlRisk suggested() {
        AmlRisk pointed = reported ? AmlRisk.HIGH
                : caseUnderWay || alerts >= ALERTS_FOR_MEDIUM ? AmlRisk.MEDIUM : AmlRisk.LOW;
        return pointed.compareTo(current) > 0 ? pointed : current;
    }

    public boolean raises() {
        return suggested().compareTo(current) > 0;
    }

    public List<Factor> factors() {
        List<Factor> factors = new ArrayList<>();
        if (reported) {
            factors.add(new Factor("compliance.rating.factor.reported"));
        }
        if (caseUnderWay) {
            factors.add(new Factor("compliance.rating.factor.caseUnderWay"));
        }
        if (alerts >= ALERTS_FOR_MEDIUM) {
            factors.add(new Factor("compliance.rating.factor.alerts", alerts));
        }
        return factors;
    }
}
