-- A client's financial situation (财务状况) and family situation as the adviser recorded it, with the life-cycle
-- stage an adviser may set instead of the derived one (with a reason). One row per client, versioned.
create table wealth_financial_profile (
    client_id          bigint        primary key,
    annual_income      numeric(20,2) not null,
    annual_expenses    numeric(20,2) not null,
    cash_deposits      numeric(20,2) not null,
    fixed_income       numeric(20,2) not null,
    equity             numeric(20,2) not null,
    real_estate        numeric(20,2) not null,
    other_assets       numeric(20,2) not null,
    mortgage           numeric(20,2) not null,
    other_liabilities  numeric(20,2) not null,
    marital_status     varchar(16)   not null,
    dependent_children integer       not null,
    retired            boolean       not null,
    stage_override     varchar(24),
    override_reason    varchar(200),
    version            bigint        not null default 0,
    updated_by         varchar(50)   not null,
    updated_at         timestamptz   not null,
    constraint fk_wealth_financial_profile_client foreign key (client_id) references clients_client (id),
    constraint ck_wealth_financial_profile_amounts check (annual_income >= 0 and annual_expenses >= 0
        and cash_deposits >= 0 and fixed_income >= 0 and equity >= 0 and real_estate >= 0 and other_assets >= 0
        and mortgage >= 0 and other_liabilities >= 0),
    constraint ck_wealth_financial_profile_marital check (marital_status in ('SINGLE', 'MARRIED', 'DIVORCED_OR_WIDOWED')),
    constraint ck_wealth_financial_profile_children check (dependent_children between 0 and 20),
    constraint ck_wealth_financial_profile_stage check (stage_override is null or stage_override in
        ('SINGLE', 'FAMILY_FORMATION', 'FAMILY_GROWTH', 'FAMILY_MATURITY', 'RETIREMENT')),
    constraint ck_wealth_financial_profile_override check ((stage_override is null) = (override_reason is null))
);

-- A client's investment goals (投资目标): what for, how much, by when, and how much it matters.
create table wealth_goal (
    id            bigint generated always as identity primary key,
    client_id     bigint        not null,
    kind          varchar(24)   not null,
    target_amount numeric(20,2) not null,
    target_date   date          not null,
    priority      varchar(8)    not null,
    note          varchar(200),
    status        varchar(16)   not null,
    created_by    varchar(50)   not null,
    created_at    timestamptz   not null,
    updated_by    varchar(50)   not null,
    updated_at    timestamptz   not null,
    request_key   varchar(64)   not null,
    constraint ux_wealth_goal_request unique (request_key),
    constraint fk_wealth_goal_client foreign key (client_id) references clients_client (id),
    constraint ck_wealth_goal_kind check (kind in ('RETIREMENT', 'EDUCATION', 'HOME', 'WEALTH_GROWTH',
        'LIQUIDITY_RESERVE')),
    constraint ck_wealth_goal_amount check (target_amount > 0),
    constraint ck_wealth_goal_priority check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    constraint ck_wealth_goal_status check (status in ('ACTIVE', 'ACHIEVED', 'DROPPED'))
);
create index ix_wealth_goal_client on wealth_goal (client_id, status, target_date);
