-- Changes of a client's contact and bank details after opening (客户资料变更): the mobile number (kept masked here),
-- the address, the bank card of the depository link (bank and masked number), each with its reason and who made it.
create table clients_detail_change (
    id            bigint generated always as identity primary key,
    client_id     bigint       not null,
    branch_id     bigint       not null,
    field         varchar(16)  not null,
    before_value  varchar(200) not null,
    after_value   varchar(200) not null,
    reason        varchar(200) not null,
    request_key   varchar(64)  not null,
    changed_by    varchar(50)  not null,
    changed_at    timestamptz  not null,
    constraint fk_clients_detail_change_client foreign key (client_id) references clients_client (id),
    constraint uq_clients_detail_change_request unique (request_key),
    constraint ck_clients_detail_change_field check (field in ('MOBILE', 'ADDRESS', 'BANK_CARD'))
);
create index ix_clients_detail_change_client on clients_detail_change (client_id, changed_at desc);
create index ix_clients_detail_change_at on clients_detail_change (changed_at);

-- Frequent changes of contact or bank details join the AML rules (PBOC 2016 No. 3: a typical suspicious pattern).
alter table compliance_aml_rule_version drop constraint ck_compliance_aml_rule_version_rule;
alter table compliance_aml_rule_version add constraint ck_compliance_aml_rule_version_rule check (rule in (
    'LARGE_VALUE', 'STRUCTURING', 'RAPID_IN_OUT', 'DORMANT_ACTIVE', 'BEYOND_PROFILE', 'RELATED_WASH',
    'FREQUENT_CHANGES', 'SELF_TRADE', 'FREQUENT_CANCEL', 'LIMIT_PUSH', 'HOLDING_THRESHOLD'));
insert into compliance_aml_rule_version (rule, version, mode, parameters, reason, created_by, created_at)
values ('FREQUENT_CHANGES', 1, 'ACTIVE', '{"windowDays": 30, "minChanges": 3}',
        '短期内频繁变更联系方式或银行账户等客户资料', 'system', now());
