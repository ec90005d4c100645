-- Each settled trade date keeps what every client held at its close and at which price (日终持仓快照), so that
-- statements of past days and months show the positions of their own day rather than today's.
create table orders_position_snapshot (
    trade_date  date          not null,
    client_id   bigint        not null,
    code        varchar(6)    not null,
    quantity    bigint        not null,
    cost        numeric(20,4),
    close_price numeric(20,4),
    constraint pk_orders_position_snapshot primary key (trade_date, client_id, code),
    constraint fk_orders_position_snapshot_client foreign key (client_id) references clients_client (id),
    constraint ck_orders_position_snapshot_quantity check (quantity > 0)
);
create index ix_orders_position_snapshot_client on orders_position_snapshot (client_id, trade_date desc);

alter table orders_settlement_run add column positions_snapshot integer not null default 0;
alter table orders_settlement_run drop constraint ck_orders_settlement_run_step;
alter table orders_settlement_run add constraint ck_orders_settlement_run_step
    check (step in ('EXPIRE', 'POSITIONS', 'TRADES', 'SNAPSHOT', 'CASH', 'LEDGER', 'DONE'));
