-- Margin calls (追加担保物通知): raised when a contract's ratio falls under a line - a warning under 150%, a call under
-- 130% with 150% to be restored within 2 trading days, immediate liquidation under 110% - and closed when the ratio
-- is back at 150% or more. A call whose deadline passes unmet becomes overdue: forced liquidation is due. One call
-- stands open per contract; a worse one supersedes it.
create table margin_call (
    id               bigint generated always as identity primary key,
    contract_id      bigint        not null,
    kind             varchar(16)   not null,
    raised_on        date          not null,
    raised_at        timestamptz   not null,
    ratio            numeric(12,4) not null,
    cash_to_restore  numeric(20,2) not null,
    deadline         date,
    status           varchar(16)   not null,
    closed_at        timestamptz,
    closing_ratio    numeric(12,4),
    constraint fk_margin_call_contract foreign key (contract_id) references margin_contract (id),
    constraint ck_margin_call_kind check (kind in ('WARNING', 'CALL', 'LIQUIDATION')),
    constraint ck_margin_call_status check (status in ('OPEN', 'OVERDUE', 'MET', 'SUPERSEDED')),
    constraint ck_margin_call_deadline check (kind <> 'CALL' or deadline is not null)
);
create unique index ux_margin_call_open on margin_call (contract_id) where status in ('OPEN', 'OVERDUE');
create index ix_margin_call_contract on margin_call (contract_id, raised_at desc);

-- Margin notices go to clients through the same outbox as fill notices.
alter table clients_message drop constraint ck_clients_message_kind;
alter table clients_message add constraint ck_clients_message_kind check (kind in ('NOTICE', 'RESEARCH', 'FILL',
    'MARGIN'));
