-- Wash-like trading between related accounts (关联账户对倒) joins the AML rules: fills of one client met by the
-- opposite fills of a related client (same mobile, same address, or a beneficial owner) at the same price.
alter table compliance_aml_rule_version drop constraint ck_compliance_aml_rule_version_rule;
alter table compliance_aml_rule_version add constraint ck_compliance_aml_rule_version_rule check (rule in (
    'LARGE_VALUE', 'STRUCTURING', 'RAPID_IN_OUT', 'DORMANT_ACTIVE', 'BEYOND_PROFILE', 'RELATED_WASH',
    'SELF_TRADE', 'FREQUENT_CANCEL', 'LIMIT_PUSH', 'HOLDING_THRESHOLD'));

insert into compliance_aml_rule_version (rule, version, mode, parameters, reason, created_by, created_at)
values ('RELATED_WASH', 1, 'ACTIVE', '{"windowSeconds": 60, "minAmount": 200000}',
        '关联账户（同一手机号、同一地址或受益所有人关系）之间同一证券同一价格短时间内一买一卖，疑似对倒转移资金', 'system', now());
