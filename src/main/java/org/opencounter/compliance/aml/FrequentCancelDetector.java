package org.opencounter.compliance.aml;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Frequent cancellations (频繁撤单): on the day, of the client's orders in a security that reached the exchange, at
 * least the set number withdrawn and at least the set share of them - orders placed to move others, not to trade.
 * The amount is the value withdrawn: the unfilled part of each cancelled order at its price.
 */
@Component
class FrequentCancelDetector implements Detector {

    @Override
    public AmlRule rule() {
        return AmlRule.FREQUENT_CANCEL;
    }

    @Override
    public String hits() {
        return """
                select o.client_id, o.branch_id,
                       coalesce(sum((o.quantity - o.filled_quantity) * coalesce(o.price, o.freeze_price, 0))
                                filter (where o.status = 'CANCELED'), 0) as amount,
                       jsonb_build_object('security', o.code || ' ' || s.name, 'orders', count(*),
                                          'cancels', count(*) filter (where o.status = 'CANCELED'),
                                          'cancelRatio', round(cast(count(*) filter (where o.status = 'CANCELED')
                                                                    as numeric) / count(*), 4)) as facts,
                       cast(null as date) as due_date,
                       'FREQUENT_CANCEL:' || o.client_id || ':' || o.code || ':' || :dayKey as alert_key
                from orders_order o
                join market_security s on s.code = o.code
                where o.trade_date = :day and o.status not in ('PENDING_APPROVAL', 'REJECTED')
                group by o.client_id, o.branch_id, o.code, s.name
                having count(*) filter (where o.status = 'CANCELED') >= :minCancels
                   and count(*) filter (where o.status = 'CANCELED') >= count(*) * :minCancelRatio""";
    }

    @Override
    public Map<String, Object> bind(RuleVersion version, LocalDate day) {
        return Map.of("minCancels", version.count("minCancels"), "minCancelRatio", version.parameter("minCancelRatio"));
    }
}
