-- Credit applications for margin financing and securities lending (融资融券授信申请): the eligibility figures the
-- system computed on the day, the credit investigation (征信) the credit officer recorded, the internal score and
-- rating, and the line recommended; a risk officer approves (maker-checker). One pending application per client.
create table margin_credit_application (
    id                   bigint generated always as identity primary key,
    client_id            bigint        not null,
    branch_id            bigint        not null,
    status               varchar(16)   not null,
    assessed_on          date          not null,
    average_assets       numeric(20,2) not null,
    days_averaged        integer       not null,
    first_trade_date     date,
    risk_category        varchar(2),
    internal_defaults    integer       not null,
    annual_income        numeric(20,2) not null,
    total_assets         numeric(20,2) not null,
    liabilities          numeric(20,2) not null,
    external_report      varchar(500)  not null,
    external_defaults    integer       not null,
    internal_score       integer       not null,
    rating               varchar(1)    not null,
    recommended_line     numeric(20,2) not null,
    financing_rate       numeric(6,4)  not null,
    lending_rate         numeric(6,4)  not null,
    term_months          integer       not null,
    recommendation       varchar(500)  not null,
    submitted_by         varchar(50)   not null,
    submitted_at         timestamptz   not null,
    request_key          varchar(64)   not null,
    approval_id          bigint,
    decided_by           varchar(50),
    decided_at           timestamptz,
    constraint fk_margin_credit_application_client foreign key (client_id) references clients_client (id),
    constraint ux_margin_credit_application_request unique (request_key),
    constraint ck_margin_credit_application_status check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    constraint ck_margin_credit_application_figures check (annual_income >= 0 and total_assets >= 0
        and liabilities >= 0 and external_defaults >= 0 and internal_defaults >= 0),
    constraint ck_margin_credit_application_score check (internal_score between 0 and 100),
    constraint ck_margin_credit_application_rating check (rating in ('A', 'B', 'C', 'D', 'E')),
    constraint ck_margin_credit_application_line check (recommended_line > 0),
    constraint ck_margin_credit_application_rates check (financing_rate > 0 and financing_rate < 1
        and lending_rate > 0 and lending_rate < 1),
    constraint ck_margin_credit_application_term check (term_months between 1 and 6)
);
create unique index ux_margin_credit_application_pending on margin_credit_application (client_id)
    where status = 'PENDING';
create index ix_margin_credit_application_status on margin_credit_application (status, submitted_at desc);

-- Margin contracts (融资融券合同) with their credit line, rates, term, the financing margin ratio that belongs to the
-- contract by its open date, and the client's credit accounts: a credit fund account and credit securities
-- accounts at both exchanges (SSE 'E' + 9 digits, SZSE '06' + 8 digits). One live contract per client.
-- A contract that ends with debt the collateral did not cover is marked defaulted: a bad record for new credit.
create table margin_contract (
    id                     bigint generated always as identity primary key,
    contract_number        varchar(16)   not null,
    client_id              bigint        not null,
    branch_id              bigint        not null,
    application_id         bigint        not null,
    credit_line            numeric(20,2) not null,
    financing_rate         numeric(6,4)  not null,
    lending_rate           numeric(6,4)  not null,
    financing_margin_ratio numeric(5,4)  not null,
    opened_on              date          not null,
    expires_on             date          not null,
    status                 varchar(16)   not null,
    credit_fund_account    varchar(12)   not null,
    credit_sse_account     varchar(10)   not null,
    credit_szse_account    varchar(10)   not null,
    approved_by            varchar(50)   not null,
    defaulted              boolean       not null default false,
    version                bigint        not null default 0,
    constraint uq_margin_contract_number unique (contract_number),
    constraint uq_margin_contract_fund unique (credit_fund_account),
    constraint uq_margin_contract_sse unique (credit_sse_account),
    constraint uq_margin_contract_szse unique (credit_szse_account),
    constraint fk_margin_contract_client foreign key (client_id) references clients_client (id),
    constraint fk_margin_contract_application foreign key (application_id) references margin_credit_application (id),
    constraint ck_margin_contract_status check (status in ('ACTIVE', 'SUSPENDED', 'EXPIRED', 'CLOSED')),
    constraint ck_margin_contract_line check (credit_line > 0),
    constraint ck_margin_contract_term check (expires_on > opened_on),
    constraint ck_margin_contract_ratio check (financing_margin_ratio > 0 and financing_margin_ratio <= 1),
    constraint ck_margin_contract_sse check (credit_sse_account ~ '^E[0-9]{9}$'),
    constraint ck_margin_contract_szse check (credit_szse_account ~ '^06[0-9]{8}$')
);
create unique index ux_margin_contract_live on margin_contract (client_id) where status in ('ACTIVE', 'SUSPENDED');
create index ix_margin_contract_expiry on margin_contract (expires_on) where status in ('ACTIVE', 'SUSPENDED');
create index ix_margin_contract_branch on margin_contract (branch_id, opened_on desc);
create sequence margin_contract_serial start with 1;
create sequence margin_credit_fund_serial start with 1;
create sequence margin_credit_sse_serial start with 880000001;
create sequence margin_credit_szse_serial start with 60000001;
