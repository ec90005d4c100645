-- Securities lending (融券): short sells and buys to return through the order entry, and the firm's lending pool
-- (券源) of each lending target, from which open short sells reserve shares until they fill or end.
alter table orders_order drop constraint ck_orders_order_credit_trade;
alter table orders_order add constraint ck_orders_order_credit_trade check (credit_trade is null
    or (credit_trade in ('COLLATERAL_BUY', 'FINANCING_BUY', 'BUY_TO_RETURN') and side = 'BUY')
    or (credit_trade in ('COLLATERAL_SELL', 'SELL_TO_REPAY', 'SHORT_SELL') and side = 'SELL'));

create table margin_lending_pool (
    code        varchar(6)   not null,
    quantity    bigint       not null,
    updated_by  varchar(50)  not null,
    updated_at  timestamptz  not null,
    constraint pk_margin_lending_pool primary key (code),
    constraint fk_margin_lending_pool_security foreign key (code) references market_security (code),
    constraint ck_margin_lending_pool_quantity check (quantity >= 0)
);

create table margin_lending_reservation (
    order_id    bigint       not null,
    contract_id bigint       not null,
    code        varchar(6)   not null,
    quantity    bigint       not null,
    constraint pk_margin_lending_reservation primary key (order_id),
    constraint fk_margin_lending_reservation_contract foreign key (contract_id) references margin_contract (id),
    constraint ck_margin_lending_reservation_quantity check (quantity >= 0)
);
create index ix_margin_lending_reservation_code on margin_lending_reservation (code) where quantity > 0;

-- Shares a counter moves on a credit account other than by trading: returned to the lending debts from the credit
-- position (直接还券). The reference makes a repeated request harmless.
create table margin_share_movement (
    id          bigint generated always as identity primary key,
    contract_id bigint       not null,
    kind        varchar(16)  not null,
    code        varchar(6)   not null,
    quantity    bigint       not null,
    reference   varchar(80)  not null,
    actor       varchar(50)  not null,
    recorded_at timestamptz  not null,
    constraint fk_margin_share_movement_contract foreign key (contract_id) references margin_contract (id),
    constraint uq_margin_share_movement_reference unique (reference),
    constraint ck_margin_share_movement_kind check (kind in ('DIRECT_RETURN')),
    constraint ck_margin_share_movement_quantity check (quantity > 0)
);

-- Demo lending pools: 1,000,000 shares of every lending target.
insert into margin_lending_pool (code, quantity, updated_by, updated_at)
select code, 1000000, 'system', now() from margin_security where lending_target;
