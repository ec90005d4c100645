package org.opencounter.compliance.aml;

/**
 * How a rule version runs: ACTIVE raises the alerts officers work; SHADOW is evaluated on the same data and its
 * alerts are recorded apart, to see what it would have done before it is switched on; RETIRED no longer runs.
 */
public enum RuleMode {
    ACTIVE, SHADOW, RETIRED
}
