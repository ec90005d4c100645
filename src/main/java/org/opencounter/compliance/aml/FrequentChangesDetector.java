package org.opencounter.compliance.aml;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Frequent changes of contact or bank details (频繁变更客户资料): within the window, at least the set number of
 * changes of a client's mobile number, address or bank card, one of them on the scanned day (days in Shanghai time,
 * whatever the database session's time zone). The amount is none: what fires is how often, not how much.
 */
@Component
class FrequentChangesDetector implements Detector {

    @Override
    public AmlRule rule() {
        return AmlRule.FREQUENT_CHANGES;
    }

    @Override
    public String hits() {
        return """
                select c.client_id, c.branch_id, 0 as amount,
                       jsonb_build_object('changes', count(*),
                                          'mobileChanges', count(*) filter (where c.field = 'MOBILE'),
                                          'addressChanges', count(*) filter (where c.field = 'ADDRESS'),
                                          'bankCardChanges', count(*) filter (where c.field = 'BANK_CARD'),
                                          'from', cast(:from as date), 'to', cast(:day as date)) as facts,
                       cast(null as date) as due_date,
                       'FREQUENT_CHANGES:' || c.client_id || ':' || :dayKey as alert_key
                from clients_detail_change c
                where c.changed_at >= cast(cast(:from as date) as timestamp) at time zone 'Asia/Shanghai'
                  and c.changed_at < cast(cast(:day as date) + 1 as timestamp) at time zone 'Asia/Shanghai'
                group by c.client_id, c.branch_id
                having count(*) >= :minChanges
                   and bool_or(c.changed_at >= cast(cast(:day as date) as timestamp) at time zone 'Asia/Shanghai')""";
    }

    @Override
    public Map<String, Object> bind(RuleVersion version, LocalDate day) {
        return Map.of("minChanges", version.count("minChanges"));
    }
}
