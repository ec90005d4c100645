package org.opencounter.compliance.aml;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Structuring (拆分交易): within the window, at least the set number of transfers of one direction, each at or above
 * the lower fraction of the large-value threshold but under it, on more than one day, the last on the scanned day.
 * The thresholds are the active large-value version's.
 */
@Component
class StructuringDetector implements Detector {

    private final AmlRuleVersions versions;

    StructuringDetector(AmlRuleVersions versions) {
        this.versions = versions;
    }

    @Override
    public AmlRule rule() {
        return AmlRule.STRUCTURING;
    }

    @Override
    public String hits() {
        return """
                select client_id, branch_id, sum(amount) as amount,
                       jsonb_build_object('direction', direction, 'transfers', count(*),
                                          'days', count(distinct business_date), 'total', sum(amount),
                                          'first', min(business_date), 'last', max(business_date),
                                          'threshold', max(threshold), 'lowerBound', max(lower_bound)) as facts,
                       cast(null as date) as due_date,
                       'STRUCTURING:' || client_id || ':' || direction || ':' || min(id) as alert_key
                from (select t.*, case when t.incoming then 'IN' else 'OUT' end as direction, l.threshold,
                             round(l.threshold * cast(:lowerFraction as numeric), 2) as lower_bound
                      from transfers t
                      cross join lateral (select case when t.client_kind = 'INSTITUTION'
                                                      then cast(:institutionTransfer as numeric)
                                                      else cast(:individualTransfer as numeric) end as threshold) l) n
                where amount >= lower_bound and amount < threshold
                group by client_id, branch_id, direction
                having count(*) >= :minTransfers and count(distinct business_date) >= 2
                   and max(business_date) = :day""";
    }

    @Override
    public Map<String, Object> bind(RuleVersion version, LocalDate day) {
        RuleVersion large = versions.current(AmlRule.LARGE_VALUE, RuleMode.ACTIVE)
                .orElseThrow(() -> new IllegalStateException("No active large-value rule"));
        return Map.of("lowerFraction", version.parameter("lowerFraction"),
                "minTransfers", version.parameter("minTransfers").intValueExact(),
                "individualTransfer", large.parameter("individualTransfer"),
                "institutionTransfer", large.parameter("institutionTransfer"));
    }
}
