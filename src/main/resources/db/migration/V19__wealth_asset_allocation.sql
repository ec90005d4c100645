-- Asset allocation (资产配置): the firm's capital-market assumptions per asset class (house assumptions, to be
-- reviewed yearly), the model allocation for each risk category and life-cycle stage, clients' allocation plans and
-- the reviews of their holdings against them.
create table wealth_asset_assumption (
    asset_class     varchar(16)  primary key,
    expected_return numeric(9,6) not null,
    volatility      numeric(9,6) not null,
    constraint ck_wealth_asset_assumption_class check (asset_class in ('CASH', 'FIXED_INCOME', 'EQUITY',
        'ALTERNATIVE')),
    constraint ck_wealth_asset_assumption_volatility check (volatility >= 0)
);
insert into wealth_asset_assumption (asset_class, expected_return, volatility)
values ('CASH', 0.018, 0.005), ('FIXED_INCOME', 0.032, 0.040), ('EQUITY', 0.075, 0.220), ('ALTERNATIVE', 0.055, 0.150);

-- Correlations between two different classes, the pair named in the classes' order (CASH, FIXED_INCOME, EQUITY,
-- ALTERNATIVE); a missing pair is uncorrelated.
create table wealth_asset_correlation (
    pair        varchar(40)  primary key,
    correlation numeric(5,4) not null,
    constraint ck_wealth_asset_correlation check (correlation between -1 and 1)
);
insert into wealth_asset_correlation (pair, correlation)
values ('FIXED_INCOME/EQUITY', -0.1000), ('FIXED_INCOME/ALTERNATIVE', 0.1000), ('EQUITY/ALTERNATIVE', 0.4000);

-- The model allocation advisers start a plan from, per risk category and life-cycle stage.
create table wealth_model_allocation (
    category     varchar(2)   not null,
    stage        varchar(24)  not null,
    cash         numeric(7,6) not null,
    fixed_income numeric(7,6) not null,
    equity       numeric(7,6) not null,
    alternative  numeric(7,6) not null,
    updated_by   varchar(50)  not null default 'system',
    updated_at   timestamptz  not null default now(),
    constraint pk_wealth_model_allocation primary key (category, stage),
    constraint ck_wealth_model_allocation_weights check (cash >= 0 and fixed_income >= 0 and equity >= 0
        and alternative >= 0 and cash + fixed_income + equity + alternative = 1)
);
insert into wealth_model_allocation (category, stage, cash, fixed_income, equity, alternative)
values ('C1', 'SINGLE', 0.40, 0.60, 0.00, 0.00),
       ('C1', 'FAMILY_FORMATION', 0.40, 0.60, 0.00, 0.00),
       ('C1', 'FAMILY_GROWTH', 0.40, 0.60, 0.00, 0.00),
       ('C1', 'FAMILY_MATURITY', 0.40, 0.60, 0.00, 0.00),
       ('C1', 'RETIREMENT', 0.40, 0.60, 0.00, 0.00),
       ('C2', 'SINGLE', 0.20, 0.55, 0.20, 0.05),
       ('C2', 'FAMILY_FORMATION', 0.20, 0.55, 0.20, 0.05),
       ('C2', 'FAMILY_GROWTH', 0.25, 0.60, 0.10, 0.05),
       ('C2', 'FAMILY_MATURITY', 0.20, 0.60, 0.15, 0.05),
       ('C2', 'RETIREMENT', 0.25, 0.65, 0.05, 0.05),
       ('C3', 'SINGLE', 0.10, 0.40, 0.40, 0.10),
       ('C3', 'FAMILY_FORMATION', 0.10, 0.40, 0.40, 0.10),
       ('C3', 'FAMILY_GROWTH', 0.15, 0.45, 0.30, 0.10),
       ('C3', 'FAMILY_MATURITY', 0.10, 0.45, 0.35, 0.10),
       ('C3', 'RETIREMENT', 0.15, 0.50, 0.25, 0.10),
       ('C4', 'SINGLE', 0.05, 0.25, 0.55, 0.15),
       ('C4', 'FAMILY_FORMATION', 0.05, 0.25, 0.55, 0.15),
       ('C4', 'FAMILY_GROWTH', 0.10, 0.30, 0.45, 0.15),
       ('C4', 'FAMILY_MATURITY', 0.05, 0.30, 0.50, 0.15),
       ('C4', 'RETIREMENT', 0.10, 0.35, 0.40, 0.15),
       ('C5', 'SINGLE', 0.05, 0.10, 0.65, 0.20),
       ('C5', 'FAMILY_FORMATION', 0.05, 0.10, 0.65, 0.20),
       ('C5', 'FAMILY_GROWTH', 0.10, 0.15, 0.55, 0.20),
       ('C5', 'FAMILY_MATURITY', 0.05, 0.15, 0.60, 0.20),
       ('C5', 'RETIREMENT', 0.10, 0.20, 0.50, 0.20);

-- A client's allocation plan: the target weights, the category and stage it was made for, and the expected return
-- and volatility the assumptions gave it. A new plan supersedes the client's previous one.
create table wealth_allocation_plan (
    id              bigint generated always as identity primary key,
    client_id       bigint       not null,
    category        varchar(2)   not null,
    stage           varchar(24)  not null,
    cash            numeric(7,6) not null,
    fixed_income    numeric(7,6) not null,
    equity          numeric(7,6) not null,
    alternative     numeric(7,6) not null,
    expected_return numeric(9,6) not null,
    volatility      numeric(9,6) not null,
    note            varchar(500),
    status          varchar(16)  not null,
    created_by      varchar(50)  not null,
    created_at      timestamptz  not null,
    request_key     varchar(64)  not null,
    constraint ux_wealth_allocation_plan_request unique (request_key),
    constraint fk_wealth_allocation_plan_client foreign key (client_id) references clients_client (id),
    constraint ck_wealth_allocation_plan_weights check (cash >= 0 and fixed_income >= 0 and equity >= 0
        and alternative >= 0 and cash + fixed_income + equity + alternative = 1),
    constraint ck_wealth_allocation_plan_status check (status in ('ACTIVE', 'SUPERSEDED'))
);
create unique index ux_wealth_allocation_plan_active on wealth_allocation_plan (client_id) where status = 'ACTIVE';
create index ix_wealth_allocation_plan_client on wealth_allocation_plan (client_id, created_at desc);

-- A review of a client's holdings against the plan: the weights held and their value, the largest drift, whether
-- it called for rebalancing, and what the adviser concluded.
create table wealth_allocation_review (
    id            bigint generated always as identity primary key,
    plan_id       bigint        not null,
    client_id     bigint        not null,
    cash          numeric(7,6)  not null,
    fixed_income  numeric(7,6)  not null,
    equity        numeric(7,6)  not null,
    alternative   numeric(7,6)  not null,
    total_value   numeric(20,2) not null,
    max_drift     numeric(7,2)  not null,
    review_needed boolean       not null,
    conclusion    varchar(500)  not null,
    reviewed_by   varchar(50)   not null,
    reviewed_at   timestamptz   not null,
    constraint fk_wealth_allocation_review_plan foreign key (plan_id) references wealth_allocation_plan (id),
    constraint fk_wealth_allocation_review_client foreign key (client_id) references clients_client (id)
);
create index ix_wealth_allocation_review_client on wealth_allocation_review (client_id, reviewed_at desc);
