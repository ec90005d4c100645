package org.opencounter.compliance.aml;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Rapid in and out (快进快出): within the window, money in of at least the minimum and out again of at least the set
 * share of it, the out on the scanned day, while the client's trades in the window turned over less than the set
 * share of the money in.
 */
@Component
class RapidInOutDetector implements Detector {

    @Override
    public AmlRule rule() {
        return AmlRule.RAPID_IN_OUT;
    }

    @Override
    public String hits() {
        return """
                select m.client_id, m.branch_id, m.in_total as amount,
                       jsonb_build_object('in', m.in_total, 'out', m.out_total, 'turnover', coalesce(x.turnover, 0),
                                          'from', cast(:from as date), 'to', cast(:day as date)) as facts,
                       cast(null as date) as due_date,
                       'RAPID_IN_OUT:' || m.client_id || ':' || :dayKey as alert_key
                from (select client_id, branch_id, sum(amount) filter (where incoming) as in_total,
                             coalesce(sum(amount) filter (where not incoming), 0) as out_total,
                             bool_or(not incoming and business_date = :day) as out_today
                      from transfers group by client_id, branch_id) m
                left join lateral (select sum(tr.amount) as turnover from orders_trade tr
                                   where tr.client_id = m.client_id and tr.trade_date between :from and :day) x
                       on true
                where m.out_today and m.in_total >= :minIn and m.out_total >= m.in_total * :outFraction
                  and coalesce(x.turnover, 0) < m.in_total * :maxTurnoverFraction""";
    }

    @Override
    public Map<String, Object> bind(RuleVersion version, LocalDate day) {
        return Map.of("minIn", version.parameter("minIn"), "outFraction", version.parameter("outFraction"),
                "maxTurnoverFraction", version.parameter("maxTurnoverFraction"));
    }
}
