-- Anti-money-laundering monitoring (反洗钱监测). Each rule keeps versions of its parameters: one ACTIVE version whose
-- alerts officers work, at most one SHADOW version evaluated on the same data and recorded apart (what it would have
-- raised), and RETIRED ones kept for the alerts that name them.
create table compliance_aml_rule_version (
    id          bigint generated always as identity primary key,
    rule        varchar(24)  not null,
    version     integer      not null,
    mode        varchar(8)   not null,
    parameters  jsonb        not null,
    reason      varchar(500) not null,
    created_by  varchar(50)  not null,
    created_at  timestamptz  not null,
    retired_at  timestamptz,
    constraint uq_compliance_aml_rule_version unique (rule, version),
    constraint ck_compliance_aml_rule_version_rule check (rule in ('LARGE_VALUE', 'STRUCTURING', 'RAPID_IN_OUT',
        'DORMANT_ACTIVE', 'BEYOND_PROFILE')),
    constraint ck_compliance_aml_rule_version_mode check (mode in ('ACTIVE', 'SHADOW', 'RETIRED'))
);
create unique index ux_compliance_aml_rule_active on compliance_aml_rule_version (rule) where mode = 'ACTIVE';
create unique index ux_compliance_aml_rule_shadow on compliance_aml_rule_version (rule) where mode = 'SHADOW';

-- Version 1 of each rule, from the domain reference (PBOC 2016 No. 3 as amended in 2018) and house parameters.
insert into compliance_aml_rule_version (rule, version, mode, parameters, reason, created_by, created_at)
values ('LARGE_VALUE', 1, 'ACTIVE', '{"individualTransfer": 500000, "institutionTransfer": 2000000}',
        '大额交易报告管理办法：自然人当日境内划转≥50万元，非自然人≥200万元', 'system', now()),
       ('STRUCTURING', 1, 'ACTIVE', '{"windowDays": 5, "minTransfers": 3, "lowerFraction": 0.90}',
        '多日分散划转，单笔接近但低于大额标准', 'system', now()),
       ('RAPID_IN_OUT', 1, 'ACTIVE',
        '{"windowDays": 5, "minIn": 100000, "outFraction": 0.80, "maxTurnoverFraction": 0.10}',
        '资金快进快出，期间交易很少或没有', 'system', now()),
       ('DORMANT_ACTIVE', 1, 'ACTIVE', '{"dormantDays": 365, "minAmount": 50000}',
        '休眠账户（12个月无资金变动）突然启用并有较大金额划转', 'system', now()),
       ('BEYOND_PROFILE', 1, 'ACTIVE', '{"windowDays": 30, "incomeMultiple": 5, "assetMultiple": 2}',
        '资金规模明显超出客户申报的收入或金融资产', 'system', now());

-- An alert: what a rule version found about a client, with the facts that fired it. The key makes a scan that runs
-- again raise nothing twice. Large-value alerts are due for report within 5 working days of the transaction.
create table compliance_alert (
    id               bigint generated always as identity primary key,
    source           varchar(12)   not null,
    rule             varchar(24)   not null,
    rule_version_id  bigint        not null,
    shadow           boolean       not null,
    client_id        bigint        not null,
    branch_id        bigint        not null,
    business_date    date          not null,
    amount           numeric(20,2) not null,
    facts            jsonb         not null,
    due_date         date,
    status           varchar(12)   not null default 'OPEN',
    alert_key        varchar(120)  not null,
    raised_at        timestamptz   not null,
    decided_by       varchar(50),
    decided_at       timestamptz,
    decision_note    varchar(1000),
    constraint fk_compliance_alert_rule_version foreign key (rule_version_id)
        references compliance_aml_rule_version (id),
    constraint uq_compliance_alert_key unique (alert_key),
    constraint ck_compliance_alert_source check (source in ('AML')),
    constraint ck_compliance_alert_status check (status in ('OPEN', 'DISMISSED'))
);
create index ix_compliance_alert_open on compliance_alert (shadow, status, business_date desc, id desc);
create index ix_compliance_alert_client on compliance_alert (client_id, id desc);

-- A scan of one business date by every rule, with its progress per rule so the page can follow it.
create table compliance_aml_scan (
    business_date  date          primary key,
    status         varchar(10)   not null,
    rules_done     integer       not null default 0,
    rules_total    integer       not null default 0,
    records        bigint        not null default 0,
    alerts         integer       not null default 0,
    shadow_alerts  integer       not null default 0,
    error          varchar(500),
    started_by     varchar(50)   not null,
    started_at     timestamptz   not null,
    finished_at    timestamptz,
    constraint ck_compliance_aml_scan_status check (status in ('RUNNING', 'COMPLETED', 'FAILED'))
);

-- The scans read the bank transfers of a window of days: an index by date for them (the clients module's table).
create index ix_clients_journal_entry_transfers on clients_journal_entry (business_date, fund_account_id)
    where kind in ('BANK_TRANSFER_IN', 'BANK_TRANSFER_OUT');
