package org.opencounter.compliance.aml;

import java.time.LocalDate;
import java.util.Map;

import org.opencounter.market.TradingCalendar;
import org.springframework.stereotype.Component;

/**
 * Holdings at the 5% disclosure line (举牌, Securities Law art. 63): a client holds at least the set share of an
 * issuer's shares at the day's end: the day's position snapshot, taken at settlement, or, for the latest trading day
 * before its settlement, the positions now. An earlier day without a snapshot has no holdings to measure.
 * Under 5% the alert warns that the line is near; reaching 5%, and each further 5%, obliges the holder to report within
 * three days and stop trading the stock meanwhile; each whole percent in between is announced the next day. One alert
 * per client, stock and level (near, or each whole percent from 5), so the same holding does not alert every evening.
 * Measured per account holder: holdings of persons acting in concert are not added up.
 */
@Component
class HoldingThresholdDetector implements Detector {

    private final TradingCalendar calendar;

    HoldingThresholdDetector(TradingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public AmlRule rule() {
        return AmlRule.HOLDING_THRESHOLD;
    }

    @Override
    public String hits() {
        return """
                with held as (
                    select client_id, code, quantity from orders_position_snapshot where trade_date = :day
                    union all
                    select client_id, code, quantity from orders_position
                    where quantity > 0 and :positionsNow
                      and not exists (select 1 from orders_position_snapshot where trade_date = :day)
                ), measured as (
                    select h.client_id, c.branch_id, h.code, s.name, h.quantity, s.total_shares,
                           cast(h.quantity as numeric) / s.total_shares as ratio,
                           h.quantity * coalesce(b.close, q.price, 0) as holding_value
                    from held h
                    join market_security s on s.code = h.code
                    join clients_client c on c.id = h.client_id
                    left join market_daily_bar b on b.code = h.code and b.trade_date = :day
                    left join market_latest_price q on q.code = h.code
                    where s.type = 'STOCK' and s.total_shares is not null
                ), percented as (
                    select m.*, floor(m.ratio * 100) as percent from measured m where m.ratio >= :nearFraction
                ), levelled as (
                    select p.*, case when p.percent < 5 then 'NEAR'
                                     when cast(p.percent as integer) % 5 = 0 then 'REPORT'
                                     else 'ANNOUNCE' end as level
                    from percented p
                )
                select client_id, branch_id, holding_value as amount,
                       jsonb_strip_nulls(jsonb_build_object(
                           'security', code || ' ' || name, 'shares', quantity, 'totalShares', total_shares,
                           'ratio', round(ratio, 4), 'level', level,
                           'deadline', case level when 'REPORT' then cast(:day as date) + 3
                                                  when 'ANNOUNCE' then cast(:day as date) + 1 end)) as facts,
                       cast(null as date) as due_date,
                       'HOLDING_THRESHOLD:' || client_id || ':' || code || ':'
                           || case when level = 'NEAR' then 'NEAR' else cast(percent as text) end as alert_key
                from levelled""";
    }

    @Override
    public Map<String, Object> bind(RuleVersion version, LocalDate day) {
        LocalDate today = calendar.today();
        LocalDate latest = calendar.isTradingDay(today) ? today : calendar.previous(today);
        return Map.of("nearFraction", version.parameter("nearFraction"), "positionsNow", day.equals(latest));
    }
}
