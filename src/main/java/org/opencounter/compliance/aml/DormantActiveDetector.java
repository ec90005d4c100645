package org.opencounter.compliance.aml;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * A dormant account suddenly active (休眠账户突然启用): a transfer on the scanned day of at least the minimum amount,
 * when the account's previous cash movement of any kind was at least the set number of days earlier.
 */
@Component
class DormantActiveDetector implements Detector {

    @Override
    public AmlRule rule() {
        return AmlRule.DORMANT_ACTIVE;
    }

    @Override
    public String hits() {
        return """
                select client_id, branch_id, amount,
                       jsonb_build_object('direction', case when incoming then 'IN' else 'OUT' end,
                                          'amount', amount, 'previousActivity', previous,
                                          'idleDays', cast(:day as date) - previous) as facts,
                       cast(null as date) as due_date,
                       'DORMANT_ACTIVE:' || client_id || ':' || :dayKey as alert_key
                from (select t.client_id, t.branch_id, t.amount, t.incoming,
                             (select max(p.business_date) from clients_journal_entry p
                              where p.fund_account_id = t.fund_account_id and p.business_date < :day) as previous
                      from transfers t where t.business_date = :day and t.amount >= :minAmount) d
                where previous is not null and cast(:day as date) - previous >= :dormantDays""";
    }

    @Override
    public Map<String, Object> bind(RuleVersion version, LocalDate day) {
        return Map.of("minAmount", version.parameter("minAmount"), "dormantDays", version.days("dormantDays"));
    }
}
