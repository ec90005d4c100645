package org.opencounter.compliance;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Compliance's reference data for tests. */
public final class ComplianceFixture {

    private ComplianceFixture() {
    }

    /** The rule versions are reference data the database reset keeps: puts version 1 of each back as the only one. */
    public static void onlyVersionOne(JdbcClient jdbc) {
        jdbc.sql("delete from compliance_alert where rule_version_id in"
                + " (select id from compliance_aml_rule_version where version > 1)").update();
        jdbc.sql("delete from compliance_aml_rule_version where version > 1").update();
        jdbc.sql("update compliance_aml_rule_version set mode = 'ACTIVE', retired_at = null").update();
    }
}
