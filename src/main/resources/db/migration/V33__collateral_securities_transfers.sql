-- Collateral securities transfers (担保品划转) between a client's ordinary account and credit account: the ordinary
-- side is kept by orders, one row a transfer with the cost that went with the shares; the reference makes a repeated
-- request harmless.
create table orders_position_transfer (
    id          bigint generated always as identity primary key,
    client_id   bigint        not null,
    code        varchar(6)    not null,
    direction   varchar(4)    not null,
    quantity    bigint        not null,
    cost        numeric(20,4) not null,
    reference   varchar(80)   not null,
    actor       varchar(50)   not null,
    recorded_at timestamptz   not null,
    constraint fk_orders_position_transfer_client foreign key (client_id) references clients_client (id),
    constraint fk_orders_position_transfer_security foreign key (code) references market_security (code),
    constraint uq_orders_position_transfer_reference unique (reference),
    constraint ck_orders_position_transfer_direction check (direction in ('IN', 'OUT')),
    constraint ck_orders_position_transfer_quantity check (quantity > 0 and cost >= 0)
);
create index ix_orders_position_transfer_client on orders_position_transfer (client_id, id desc);

alter table margin_share_movement drop constraint ck_margin_share_movement_kind;
alter table margin_share_movement add constraint ck_margin_share_movement_kind
    check (kind in ('DIRECT_RETURN', 'COLLATERAL_IN', 'COLLATERAL_OUT'));
