-- Post-trade surveillance (交易监控) runs in the same rules engine as the AML monitoring: its rules keep versions of
-- their parameters (active, shadow, retired), its alerts record the version and the facts that fired them, and they
-- join the client's case like any other alert. An alert's source tells the two apart.
alter table compliance_aml_rule_version drop constraint ck_compliance_aml_rule_version_rule;
alter table compliance_aml_rule_version add constraint ck_compliance_aml_rule_version_rule check (rule in (
    'LARGE_VALUE', 'STRUCTURING', 'RAPID_IN_OUT', 'DORMANT_ACTIVE', 'BEYOND_PROFILE',
    'SELF_TRADE', 'FREQUENT_CANCEL', 'LIMIT_PUSH', 'HOLDING_THRESHOLD'));

alter table compliance_alert drop constraint ck_compliance_alert_source;
alter table compliance_alert add constraint ck_compliance_alert_source check (source in ('AML', 'SURVEILLANCE'));

-- Version 1 of each surveillance rule (house parameters; the 5% line is Securities Law art. 63).
insert into compliance_aml_rule_version (rule, version, mode, parameters, reason, created_by, created_at)
values ('SELF_TRADE', 1, 'ACTIVE', '{"windowSeconds": 30, "minPairs": 2, "minAmount": 100000}',
        '同一客户同一证券以同一价格在短时间内既买又卖，疑似自买自卖（对倒）', 'system', now()),
       ('FREQUENT_CANCEL', 1, 'ACTIVE', '{"minCancels": 10, "minCancelRatio": 0.5}',
        '同一证券当日频繁申报又撤单，撤单笔数与撤单比例均达到标准', 'system', now()),
       ('LIMIT_PUSH', 1, 'ACTIVE', '{"minAmount": 1000000, "minShare": 0.3}',
        '以涨停价买入或以跌停价卖出的成交金额较大，且占本公司该价位成交的比例较高', 'system', now()),
       ('HOLDING_THRESHOLD', 1, 'ACTIVE', '{"nearFraction": 0.045}',
        '证券法第六十三条：持有上市公司有表决权股份达到5%应报告并停止买卖，其后每增减1%次日公告', 'system', now());

-- The issuer's shares with voting rights (总股本), against which a holding is measured; unknown until entered.
alter table market_security add column total_shares bigint;
alter table market_security add constraint ck_market_security_total_shares
    check (total_shares is null or total_shares > 0);

-- The surveillance reads one trade date's orders and trades at a time.
create index ix_orders_order_day_client on orders_order (trade_date, client_id, code);
create index ix_orders_trade_day_code on orders_trade (trade_date, code, client_id);
