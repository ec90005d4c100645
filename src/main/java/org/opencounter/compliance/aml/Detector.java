package org.opencounter.compliance.aml;

import java.time.LocalDate;
import java.util.Map;

/**
 * One rule's detection as a set-based query over a window of days: the AML rules read the bank transfers (the CTE
 * {@code transfers}: id, business_date, amount, incoming, fund_account_id, client_id, client_kind, branch_id,
 * average_income, financial_assets), the surveillance rules the orders, trades and holdings of the day. Its hits have
 * the columns client_id, branch_id, amount, facts (jsonb), due_date and alert_key.
 */
interface Detector {

    AmlRule rule();

    /** How many days up to the scanned one the rule reads: its windowDays parameter, or the day alone. */
    default int windowDays(RuleVersion version) {
        return version.parameters().containsKey("windowDays") ? version.days("windowDays") : 1;
    }

    /** The select of the hits; named parameters :day, :dayKey and :from are bound, and those of {@link #bind}. */
    String hits();

    /** The rule's own named parameters for the version on the day. */
    Map<String, Object> bind(RuleVersion version, LocalDate day);
}
