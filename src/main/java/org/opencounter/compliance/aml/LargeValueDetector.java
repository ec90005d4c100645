package org.opencounter.compliance.aml;

import java.time.LocalDate;
import java.util.Map;

import org.opencounter.market.TradingCalendar;
import org.springframework.stereotype.Component;

/**
 * Large-value transfers (大额交易): a client's bank transfers of one direction on the day, single or added up, at or
 * above the threshold for its kind (individuals 500,000, institutions 2,000,000 in version 1). The report is due
 * within 5 working days of the day.
 */
@Component
class LargeValueDetector implements Detector {

    /** Working days to file a large-value report in (PBOC 2016 No. 3, art. 9). */
    static final int REPORT_DAYS = 5;

    private final TradingCalendar calendar;

    LargeValueDetector(TradingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public AmlRule rule() {
        return AmlRule.LARGE_VALUE;
    }

    @Override
    public String hits() {
        return """
                select client_id, branch_id, total as amount,
                       jsonb_build_object('direction', direction, 'transfers', n, 'total', total,
                                          'threshold', threshold, 'clientKind', client_kind) as facts,
                       cast(:due as date) as due_date,
                       'LARGE_VALUE:' || client_id || ':' || :dayKey || ':' || direction as alert_key
                from (select client_id, branch_id, client_kind,
                             case when incoming then 'IN' else 'OUT' end as direction, count(*) as n,
                             sum(amount) as total,
                             case when client_kind = 'INSTITUTION' then cast(:institutionTransfer as numeric)
                                  else cast(:individualTransfer as numeric) end as threshold
                      from transfers where business_date = :day
                      group by client_id, branch_id, client_kind, incoming) t
                where total >= threshold""";
    }

    @Override
    public Map<String, Object> bind(RuleVersion version, LocalDate day) {
        return Map.of("individualTransfer", version.parameter("individualTransfer"),
                "institutionTransfer", version.parameter("institutionTransfer"),
                "due", calendar.plusTradingDays(day, REPORT_DAYS));
    }
}
