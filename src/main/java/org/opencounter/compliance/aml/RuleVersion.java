package org.opencounter.compliance.aml;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One version of a rule's parameters. */
public record RuleVersion(long id, AmlRule rule, int version, RuleMode mode, Map<String, BigDecimal> parameters,
                          String reason, String createdBy, Instant createdAt) {

    public BigDecimal parameter(String name) {
        BigDecimal value = parameters.get(name);
        if (value == null) {
            throw new IllegalStateException(rule + " v" + version + " has no parameter " + name);
        }
        return value;
    }

    public int days(String name) {
        return count(name);
    }

    /** A parameter that is a whole number: days, seconds, orders. */
    public int count(String name) {
        return parameter(name).intValueExact();
    }
}
