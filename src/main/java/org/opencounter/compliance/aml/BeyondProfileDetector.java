package org.opencounter.compliance.aml;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Amounts far beyond the client's profile (与客户身份不符): money in over the window, some of it on the scanned day,
 * of more than the set multiple of the declared annual income and more than the set multiple of the declared
 * financial assets.
 */
@Component
class BeyondProfileDetector implements Detector {

    @Override
    public AmlRule rule() {
        return AmlRule.BEYOND_PROFILE;
    }

    @Override
    public String hits() {
        return """
                select client_id, branch_id, in_total as amount,
                       jsonb_build_object('in', in_total, 'declaredIncome', income, 'declaredAssets', assets,
                                          'from', cast(:from as date), 'to', cast(:day as date)) as facts,
                       cast(null as date) as due_date,
                       'BEYOND_PROFILE:' || client_id || ':' || first_in as alert_key
                from (select client_id, branch_id, max(average_income) as income, max(financial_assets) as assets,
                             sum(amount) filter (where incoming) as in_total,
                             min(id) filter (where incoming) as first_in,
                             bool_or(incoming and business_date = :day) as in_today
                      from transfers group by client_id, branch_id) b
                where in_today and in_total > income * :incomeMultiple and in_total > assets * :assetMultiple""";
    }

    @Override
    public Map<String, Object> bind(RuleVersion version, LocalDate day) {
        return Map.of("incomeMultiple", version.parameter("incomeMultiple"),
                "assetMultiple", version.parameter("assetMultiple"));
    }
}
