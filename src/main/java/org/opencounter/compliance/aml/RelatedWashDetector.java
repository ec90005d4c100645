package org.opencounter.compliance.aml;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Wash-like trading between related accounts (关联账户对倒): on the day, the client's fills that a fill of a related
 * client on the other side met - same security, same price, within the window of seconds - for at least the amount.
 * Clients are related when they gave the same mobile number or the same address, or when one is a beneficial owner
 * of the other. Each of the two clients gets an alert naming the other.
 */
@Component
class RelatedWashDetector implements Detector {

    @Override
    public AmlRule rule() {
        return AmlRule.RELATED_WASH;
    }

    @Override
    public String hits() {
        return """
                with day_trades as (
                    select client_id, branch_id, code, side, quantity, price, amount, executed_at from orders_trade
                    where trade_date = :day
                ), candidates as (
                    select distinct t.client_id as client_id, u.client_id as other_id
                    from day_trades t
                    join day_trades u on u.code = t.code and u.price = t.price and u.side <> t.side
                        and u.client_id <> t.client_id
                        and u.executed_at between t.executed_at - interval '1 second' * :windowSeconds
                                              and t.executed_at + interval '1 second' * :windowSeconds
                ), related as (
                    select k.client_id, k.other_id, o.name as other_name,
                           case when c.mobile = o.mobile then 'MOBILE'
                                when lower(trim(c.address)) = lower(trim(o.address)) then 'ADDRESS'
                                when exists (select 1 from clients_beneficial_owner bo
                                             where (bo.client_id = c.id and bo.id_number = o.id_number)
                                                or (bo.client_id = o.id and bo.id_number = c.id_number))
                                    then 'OWNER' end as relation
                    from candidates k
                    join clients_client c on c.id = k.client_id
                    join clients_client o on o.id = k.other_id
                ), matched as (
                    select t.client_id, t.branch_id, t.code, t.quantity, t.amount, m.other_id, m.other_name,
                           m.relation
                    from day_trades t
                    cross join lateral (
                        select r.other_id, r.other_name, r.relation from day_trades u
                        join related r on r.client_id = t.client_id and r.other_id = u.client_id
                        where r.relation is not null and u.code = t.code and u.price = t.price
                          and u.side <> t.side
                          and u.executed_at between t.executed_at - interval '1 second' * :windowSeconds
                                                and t.executed_at + interval '1 second' * :windowSeconds
                        order by r.other_id limit 1) m
                )
                select m.client_id, m.branch_id, sum(m.amount) as amount,
                       jsonb_build_object('security', m.code || ' ' || s.name, 'counterpart', m.other_name,
                                          'relation', m.relation, 'pairs', count(*), 'quantity', sum(m.quantity),
                                          'amount', sum(m.amount), 'windowSeconds', :windowSeconds) as facts,
                       cast(null as date) as due_date,
                       'RELATED_WASH:' || m.client_id || ':' || m.other_id || ':' || m.code || ':' || :dayKey
                           as alert_key
                from matched m
                join market_security s on s.code = m.code
                group by m.client_id, m.branch_id, m.code, s.name, m.other_id, m.other_name, m.relation
                having sum(m.amount) >= :minAmount""";
    }

    @Override
    public Map<String, Object> bind(RuleVersion version, LocalDate day) {
        return Map.of("windowSeconds", version.count("windowSeconds"), "minAmount", version.parameter("minAmount"));
    }
}
