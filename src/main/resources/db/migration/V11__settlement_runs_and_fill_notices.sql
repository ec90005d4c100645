-- Fill notices (成交回报) go through the clients' message outbox, sent by the system.
alter table clients_message drop constraint ck_clients_message_kind;
alter table clients_message add constraint ck_clients_message_kind check (kind in ('NOTICE', 'RESEARCH', 'FILL'));

-- Head office operations (运营清算) run the end of day.
alter table platform_staff_role drop constraint ck_platform_staff_role_role;
alter table platform_staff_role add constraint ck_platform_staff_role_role check (role in ('ADMIN', 'BRANCH_MANAGER',
    'ACCOUNT_MANAGER', 'COUNTER_CLERK', 'CREDIT_OFFICER', 'RISK_OFFICER', 'COMPLIANCE_OFFICER', 'AUDITOR',
    'RESEARCH_ANALYST', 'WEALTH_ADVISER', 'OPERATIONS'));

-- The firm settles each trade date's net with the clearing house (CSDC) out of its bank settlement account: an entry
-- of the firm's own, with no client fund account. Sale proceeds of a trade date become withdrawable once it settled.
alter table clients_journal_entry alter column fund_account_id drop not null;
alter table clients_journal_entry drop constraint ck_clients_journal_entry_kind;
alter table clients_journal_entry add constraint ck_clients_journal_entry_kind
    check (kind in ('BANK_TRANSFER_IN', 'BANK_TRANSFER_OUT', 'REVERSAL', 'ORDER_FREEZE', 'ORDER_RELEASE',
        'TRADE_BUY', 'TRADE_SELL', 'CSDC_SETTLEMENT'));
alter table clients_journal_entry add constraint ck_clients_journal_entry_owner
    check ((fund_account_id is null) = (kind = 'CSDC_SETTLEMENT'));

create table clients_cash_settlement (
    trade_date date          primary key,
    payable    numeric(20,2) not null,
    entry_id   bigint,
    settled_by varchar(50)   not null,
    settled_at timestamptz   not null,
    constraint fk_clients_cash_settlement_entry foreign key (entry_id) references clients_journal_entry (id)
);

-- One settlement run (清算交收) per trade date: its progress while it runs, its figures when done.
create table orders_settlement_run (
    trade_date        date          primary key,
    status            varchar(16)   not null,
    step              varchar(16)   not null,
    step_done         integer       not null default 0,
    step_total        integer       not null default 0,
    orders_expired    integer       not null default 0,
    positions_settled integer       not null default 0,
    trades_settled    integer       not null default 0,
    buy_amount        numeric(20,2) not null default 0,
    sell_amount       numeric(20,2) not null default 0,
    commission        numeric(20,2) not null default 0,
    stamp_duty        numeric(20,2) not null default 0,
    transfer_fee      numeric(20,2) not null default 0,
    exchange_fees     numeric(20,2) not null default 0,
    payable           numeric(20,2),
    ledger_breaks     integer,
    error             varchar(500),
    started_by        varchar(50)   not null,
    started_at        timestamptz   not null,
    finished_at       timestamptz,
    constraint ck_orders_settlement_run_status check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    constraint ck_orders_settlement_run_step check (step in ('EXPIRE', 'POSITIONS', 'TRADES', 'CASH', 'LEDGER', 'DONE'))
);
