package org.opencounter.compliance.aml;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Pushing the price to the limit (拉抬打压至涨跌停): on the day, the client's buy fills of a security at its limit-up
 * price (or sell fills at its limit-down), of at least the amount and at least the share of all the firm's fills on
 * that side at that price. The counter sees only its own clients' flow, so the share is of the firm's fills there, not
 * of the exchange's book.
 * <p>
 * The limit prices are the market module's rule ({@code PriceBand}) in SQL: the previous close × (1 ± limit), rounded
 * half-up to the tick; the previous close is the day's bar's, or today's quote's when the day has no bar yet. A
 * security without a limit, or a stock in its first unlimited days after listing (five trading days, BSE one), has no
 * limit price to push to.
 */
@Component
class LimitPushDetector implements Detector {

    @Override
    public AmlRule rule() {
        return AmlRule.LIMIT_PUSH;
    }

    @Override
    public String hits() {
        return """
                with limited as (
                    select s.code, s.name,
                           round(pc.prev_close * (1 + s.price_limit) / s.tick_size) * s.tick_size as up,
                           round(pc.prev_close * (1 - s.price_limit) / s.tick_size) * s.tick_size as down
                    from market_security s
                    cross join lateral (
                        select coalesce(
                            (select b.prev_close from market_daily_bar b
                             where b.code = s.code and b.trade_date = :day),
                            (select q.prev_close from market_latest_price q
                             where q.code = s.code
                               and cast(q.updated_at at time zone 'Asia/Shanghai' as date) = :day)) as prev_close
                    ) pc
                    where s.price_limit is not null and pc.prev_close is not null
                      and s.code in (select t.code from orders_trade t where t.trade_date = :day)
                      and not (s.type = 'STOCK' and s.listing_date > cast(:day as date) - 60
                               and (select count(*) from market_calendar_day c
                                    where c.trading and c.day between s.listing_date and :day)
                                   <= case when s.board = 'BSE' then 1 else 5 end)
                ), at_limit as (
                    select t.client_id, t.branch_id, t.code, l.name, t.quantity, t.amount,
                           case when t.side = 'BUY' then 'UP' else 'DOWN' end as direction,
                           case when t.side = 'BUY' then l.up else l.down end as limit_price
                    from orders_trade t
                    join limited l on l.code = t.code
                    where t.trade_date = :day
                      and ((t.side = 'BUY' and t.price = l.up) or (t.side = 'SELL' and t.price = l.down))
                ), firm as (
                    select code, direction, sum(quantity) as quantity from at_limit group by code, direction
                )
                select a.client_id, a.branch_id, sum(a.amount) as amount,
                       jsonb_build_object('security', a.code || ' ' || a.name, 'direction', a.direction,
                                          'limitPrice', trim_scale(a.limit_price), 'quantity', sum(a.quantity),
                                          'amount', sum(a.amount),
                                          'share', round(sum(a.quantity) / f.quantity, 4)) as facts,
                       cast(null as date) as due_date,
                       'LIMIT_PUSH:' || a.client_id || ':' || a.code || ':' || a.direction || ':' || :dayKey
                           as alert_key
                from at_limit a
                join firm f on f.code = a.code and f.direction = a.direction
                group by a.client_id, a.branch_id, a.code, a.name, a.direction, a.limit_price, f.quantity
                having sum(a.amount) >= :minAmount and sum(a.quantity) >= f.quantity * :minShare""";
    }

    @Override
    public Map<String, Object> bind(RuleVersion version, LocalDate day) {
        return Map.of("minAmount", version.parameter("minAmount"), "minShare", version.parameter("minShare"));
    }
}
