package org.opencounter.compliance.demo;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo officers' pick of the alerts the scans raised: the oldest open one of a rule. */
final class OpenAlerts {

    private OpenAlerts() {
    }

    /** The oldest open alert of the rule by an active version, or null when there is none. */
    static Long first(JdbcClient jdbc, String rule) {
        return jdbc.sql("select min(id) from compliance_alert where rule = ? and status = 'OPEN' and not shadow")
                .param(rule).query(Long.class).optional().orElse(null);
    }
}
