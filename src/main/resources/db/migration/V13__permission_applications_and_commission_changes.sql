-- Applications for a board's trading permission (权限开通申请: 创业板, 科创板, 北交所) with the figures the checks
-- saw when the client applied; a branch manager approves them (maker-checker). One pending application per board.
create table clients_permission_application (
    id                bigint generated always as identity primary key,
    client_id         bigint        not null,
    board             varchar(16)   not null,
    average_assets    numeric(20,2) not null,
    days_averaged     integer       not null,
    first_trade_date  date,
    status            varchar(16)   not null,
    applied_by        varchar(50)   not null,
    applied_at        timestamptz   not null,
    approval_id       bigint,
    decided_by        varchar(50),
    decided_at        timestamptz,
    constraint fk_clients_permission_application_client foreign key (client_id) references clients_client (id),
    constraint ck_clients_permission_application_board check (board in ('CHINEXT', 'STAR', 'BSE')),
    constraint ck_clients_permission_application_status check (status in ('PENDING', 'GRANTED', 'REJECTED'))
);
create unique index ux_clients_permission_application_pending on clients_permission_application (client_id, board)
    where status = 'PENDING';
create index ix_clients_permission_application_client on clients_permission_application (client_id, applied_at desc);

-- Changes of a client's negotiated commission rate (佣金调整), proposed by one staff member and approved by
-- another; the rate applies from approval. One pending change per client.
create table orders_commission_change (
    id            bigint generated always as identity primary key,
    client_id     bigint        not null,
    old_rate      numeric(12,8),
    new_rate      numeric(12,8) not null,
    reason        varchar(200)  not null,
    status        varchar(16)   not null,
    proposed_by   varchar(50)   not null,
    proposed_at   timestamptz   not null,
    approval_id   bigint,
    decided_by    varchar(50),
    decided_at    timestamptz,
    constraint fk_orders_commission_change_client foreign key (client_id) references clients_client (id),
    constraint ck_orders_commission_change_rate check (new_rate > 0 and new_rate <= 0.003),
    constraint ck_orders_commission_change_status check (status in ('PENDING', 'APPLIED', 'REJECTED'))
);
create unique index ux_orders_commission_change_pending on orders_commission_change (client_id)
    where status = 'PENDING';
create index ix_orders_commission_change_client on orders_commission_change (client_id, proposed_at desc);
