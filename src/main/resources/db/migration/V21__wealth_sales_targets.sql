-- Sales targets (销售目标) per member of staff or per branch for a month or a quarter: product sales, new clients,
-- or assets under advice. The actuals are computed from the recorded sales and accounts, never typed in.
create table wealth_sales_target (
    id           bigint generated always as identity primary key,
    period_start date          not null,
    period_end   date          not null,
    staff_id     bigint,
    branch_id    bigint,
    metric       varchar(24)   not null,
    target       numeric(20,2) not null,
    set_by       varchar(50)   not null,
    set_at       timestamptz   not null,
    constraint ck_wealth_sales_target_owner check ((staff_id is null) <> (branch_id is null)),
    constraint ck_wealth_sales_target_metric check (metric in ('PRODUCT_SALES', 'NEW_CLIENTS', 'ASSETS_UNDER_ADVICE')),
    constraint ck_wealth_sales_target_amount check (target > 0),
    constraint ck_wealth_sales_target_period check (period_end >= period_start)
);
create unique index ux_wealth_sales_target on wealth_sales_target (period_start, coalesce(staff_id, -1),
    coalesce(branch_id, -1), metric);
