package org.opencounter.compliance.aml;

import java.math.BigDecimal;
import java.util.List;

/**
 * The anti-money-laundering rules the scans apply, each with the parameters officers may change as a new version.
 * Thresholds follow the PBOC's large-value and suspicious-transaction rules (2016 No. 3, amended 2018); the patterns
 * are the securities industry's typical ones.
 */
public enum AmlRule {
    /** A client's bank transfers of one direction in a day reach the large-value threshold for its kind. */
    LARGE_VALUE(List.of(
            new Parameter("individualTransfer", new BigDecimal("1"), new BigDecimal("100000000")),
            new Parameter("institutionTransfer", new BigDecimal("1"), new BigDecimal("100000000")))),
    /** Several transfers of one direction just under the threshold, over more than one day of a window. */
    STRUCTURING(List.of(
            new Parameter("windowDays", BigDecimal.ONE, new BigDecimal("30")),
            new Parameter("minTransfers", new BigDecimal("2"), new BigDecimal("50")),
            new Parameter("lowerFraction", new BigDecimal("0.5"), new BigDecimal("0.99")))),
    /** Money in and most of it out again within a window, with little trading in between. */
    RAPID_IN_OUT(List.of(
            new Parameter("windowDays", BigDecimal.ONE, new BigDecimal("30")),
            new Parameter("minIn", new BigDecimal("1"), new BigDecimal("100000000")),
            new Parameter("outFraction", new BigDecimal("0.1"), BigDecimal.ONE),
            new Parameter("maxTurnoverFraction", BigDecimal.ZERO, BigDecimal.ONE))),
    /** An account idle for a long time suddenly moves a large amount. */
    DORMANT_ACTIVE(List.of(
            new Parameter("dormantDays", new BigDecimal("30"), new BigDecimal("3650")),
            new Parameter("minAmount", new BigDecimal("1"), new BigDecimal("100000000")))),
    /** Money in over a window far beyond what the client declared as income and financial assets. */
    BEYOND_PROFILE(List.of(
            new Parameter("windowDays", BigDecimal.ONE, new BigDecimal("90")),
            new Parameter("incomeMultiple", BigDecimal.ONE, new BigDecimal("100")),
            new Parameter("assetMultiple", BigDecimal.ONE, new BigDecimal("100"))));

    /** A parameter's name and the range a version may set it in, both ends included. */
    public record Parameter(String name, BigDecimal min, BigDecimal max) {

        public boolean accepts(BigDecimal value) {
            return value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
        }
    }

    private final List<Parameter> parameters;

    AmlRule(List<Parameter> parameters) {
        this.parameters = parameters;
    }

    public List<Parameter> parameters() {
        return parameters;
    }
}
