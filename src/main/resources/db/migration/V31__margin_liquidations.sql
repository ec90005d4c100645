-- Forced liquidation plans (强制平仓方案): proposed by a risk officer for a contract whose call is overdue or whose
-- ratio is under the liquidation line, approved by another (maker-checker), then carried out as a repayment from the
-- credit cash and sell-to-repay orders. Each keeps the position it was worked out on and what it expects.
create table margin_liquidation (
    id                bigint generated always as identity primary key,
    contract_id       bigint        not null,
    call_id           bigint,
    status            varchar(12)   not null,
    ratio_before      numeric(12,4),
    target_ratio      numeric(6,4)  not null,
    assets_before     numeric(20,2) not null,
    debts_before      numeric(20,2) not null,
    cash_repayment    numeric(20,2) not null,
    sales_value       numeric(20,2) not null,
    expected_proceeds numeric(20,2) not null,
    expected_ratio    numeric(12,4),
    restores_target   boolean       not null,
    reason            varchar(500)  not null,
    proposed_by       varchar(50)   not null,
    proposed_at       timestamptz   not null,
    request_key       varchar(64)   not null,
    approval_id       bigint,
    decided_by        varchar(50),
    decided_at        timestamptz,
    ratio_after       numeric(12,4),
    finished_at       timestamptz,
    constraint fk_margin_liquidation_contract foreign key (contract_id) references margin_contract (id),
    constraint fk_margin_liquidation_call foreign key (call_id) references margin_call (id),
    constraint uq_margin_liquidation_request unique (request_key),
    constraint ck_margin_liquidation_status check (status in ('PROPOSED', 'EXECUTING', 'DONE', 'REJECTED')),
    constraint ck_margin_liquidation_amounts check (cash_repayment >= 0 and sales_value >= 0
        and expected_proceeds >= 0)
);
create unique index ux_margin_liquidation_open on margin_liquidation (contract_id)
    where status in ('PROPOSED', 'EXECUTING');
create index ix_margin_liquidation_status on margin_liquidation (status, proposed_at desc);

create table margin_liquidation_sale (
    liquidation_id bigint        not null,
    position       integer       not null,
    code           varchar(6)    not null,
    quantity       bigint        not null,
    price          numeric(20,4) not null,
    sale_value     numeric(20,2) not null,
    fees           numeric(20,2) not null,
    order_id       bigint,
    constraint pk_margin_liquidation_sale primary key (liquidation_id, position),
    constraint fk_margin_liquidation_sale_plan foreign key (liquidation_id) references margin_liquidation (id),
    constraint fk_margin_liquidation_sale_security foreign key (code) references market_security (code),
    constraint ck_margin_liquidation_sale check (quantity > 0 and price > 0 and sale_value > 0 and fees >= 0)
);
