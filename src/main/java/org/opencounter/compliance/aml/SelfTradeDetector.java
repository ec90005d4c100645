package org.opencounter.compliance.aml;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Self-trades (自买自卖, 对倒): on the day, the client's buy fills of a security that a sell fill of the same client,
 * security and price met within the window of seconds - both sides of one trade, or near enough to act as one. The
 * exchange sees two anonymous orders; only the counter knows they are the same person's.
 */
@Component
class SelfTradeDetector implements Detector {

    @Override
    public AmlRule rule() {
        return AmlRule.SELF_TRADE;
    }

    @Override
    public String hits() {
        return """
                select p.client_id, p.branch_id, sum(p.amount) as amount,
                       jsonb_build_object('security', p.code || ' ' || s.name, 'pairs', count(*),
                                          'quantity', sum(p.quantity), 'amount', sum(p.amount),
                                          'windowSeconds', :windowSeconds) as facts,
                       cast(null as date) as due_date,
                       'SELF_TRADE:' || p.client_id || ':' || p.code || ':' || :dayKey as alert_key
                from (select b.client_id, b.branch_id, b.code, b.quantity, b.amount from orders_trade b
                      where b.trade_date = :day and b.side = 'BUY'
                        and exists (select 1 from orders_trade x
                                    where x.trade_date = :day and x.side = 'SELL' and x.client_id = b.client_id
                                      and x.code = b.code and x.price = b.price
                                      and x.executed_at between b.executed_at - interval '1 second' * :windowSeconds
                                                            and b.executed_at + interval '1 second' * :windowSeconds)
                     ) p
                join market_security s on s.code = p.code
                group by p.client_id, p.branch_id, p.code, s.name
                having count(*) >= :minPairs and sum(p.amount) >= :minAmount""";
    }

    @Override
    public Map<String, Object> bind(RuleVersion version, LocalDate day) {
        return Map.of("windowSeconds", version.count("windowSeconds"), "minPairs", version.count("minPairs"),
                "minAmount", version.parameter("minAmount"));
    }
}
