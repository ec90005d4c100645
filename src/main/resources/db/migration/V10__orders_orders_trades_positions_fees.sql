-- Fee schedule (收费标准): each fee's rate from its effective date; the latest row on or before a trade date applies.
create table market_fee_schedule (
    fee            varchar(24)   not null,
    effective_from date          not null,
    rate           numeric(12,8) not null,
    minimum        numeric(20,2) not null default 0,
    maximum_rate   numeric(12,8),
    in_commission  boolean       not null default false,
    note           varchar(100),
    constraint pk_market_fee_schedule primary key (fee, effective_from),
    constraint ck_market_fee_schedule_fee check (fee in ('COMMISSION', 'STAMP_DUTY', 'TRANSFER_FEE', 'HANDLING_FEE',
        'REGULATORY_FEE')),
    constraint ck_market_fee_schedule_rate check (rate >= 0 and rate < 0.01 and minimum >= 0),
    constraint ck_market_fee_schedule_max check (maximum_rate is null or maximum_rate >= rate)
);
insert into market_fee_schedule (fee, effective_from, rate, minimum, maximum_rate, in_commission, note) values
    ('COMMISSION',     '2000-01-01', 0.00025,   5.00, 0.003, false, '默认佣金 0.025%，最低 5 元（公司规定）'),
    ('STAMP_DUTY',     '2008-09-19', 0.001,     0,    null,  false, '卖方单边征收 0.1%'),
    ('STAMP_DUTY',     '2023-08-28', 0.0005,    0,    null,  false, '减半征收 0.05%'),
    ('TRANSFER_FEE',   '2015-08-01', 0.00002,   0,    null,  false, '过户费 0.002%'),
    ('TRANSFER_FEE',   '2022-04-29', 0.00001,   0,    null,  false, '过户费下调至 0.001%'),
    ('HANDLING_FEE',   '2015-08-01', 0.0000487, 0,    null,  true,  '经手费 0.00487%，含在佣金内'),
    ('HANDLING_FEE',   '2023-08-28', 0.0000341, 0,    null,  true,  '经手费 0.00341%，含在佣金内'),
    ('REGULATORY_FEE', '2015-08-01', 0.00002,   0,    null,  true,  '证管费 0.002%，含在佣金内');

-- Pinyin initials (拼音简称) for searching securities by the letters staff type.
alter table market_security add column pinyin_initials varchar(20);
create index ix_market_security_pinyin on market_security (pinyin_initials varchar_pattern_ops);

-- Trading permissions a client holds beyond the main board (创业板, 科创板, 北交所), each granted after the checks.
create table clients_trading_permission (
    client_id      bigint       not null,
    board          varchar(16)  not null,
    granted_at     timestamptz  not null,
    granted_by     varchar(50)  not null,
    evidence       varchar(200) not null,
    constraint pk_clients_trading_permission primary key (client_id, board),
    constraint fk_clients_trading_permission_client foreign key (client_id) references clients_client (id),
    constraint ck_clients_trading_permission_board check (board in ('CHINEXT', 'STAR', 'BSE'))
);

-- Trading moves cash between the client, the clearing house (CSDC) and the firm's commission income.
alter table clients_ledger_account drop constraint ck_clients_ledger_account_kind;
alter table clients_ledger_account add constraint ck_clients_ledger_account_kind
    check (kind in ('CLIENT_AVAILABLE', 'CLIENT_FROZEN', 'BANK_SETTLEMENT', 'CLEARING', 'COMMISSION_INCOME'));
alter table clients_ledger_account drop constraint ck_clients_ledger_account_owner;
alter table clients_ledger_account add constraint ck_clients_ledger_account_owner
    check ((kind in ('CLIENT_AVAILABLE', 'CLIENT_FROZEN')) = (fund_account_id is not null));
alter table clients_ledger_account drop constraint ck_clients_ledger_account_not_overdrawn;
alter table clients_ledger_account add constraint ck_clients_ledger_account_not_overdrawn
    check (fund_account_id is null or balance >= 0);
insert into clients_ledger_account (code, kind) values ('CSDC-CLEARING', 'CLEARING'),
    ('COMMISSION-INCOME', 'COMMISSION_INCOME');

alter table clients_journal_entry drop constraint ck_clients_journal_entry_kind;
alter table clients_journal_entry add constraint ck_clients_journal_entry_kind
    check (kind in ('BANK_TRANSFER_IN', 'BANK_TRANSFER_OUT', 'REVERSAL', 'ORDER_FREEZE', 'ORDER_RELEASE',
        'TRADE_BUY', 'TRADE_SELL'));
alter table clients_journal_entry alter column idempotency_key type varchar(80);
create index ix_clients_journal_entry_sells on clients_journal_entry (fund_account_id, business_date)
    where kind = 'TRADE_SELL';

-- A client's negotiated commission rate; clients without a row pay the schedule's default.
create table orders_commission_rate (
    client_id  bigint        not null,
    rate       numeric(12,8) not null,
    set_by     varchar(50)   not null,
    set_at     timestamptz   not null,
    constraint pk_orders_commission_rate primary key (client_id),
    constraint fk_orders_commission_rate_client foreign key (client_id) references clients_client (id),
    constraint ck_orders_commission_rate check (rate > 0 and rate <= 0.003)
);

-- Orders (委托). Cash and shares frozen for an open order are kept on it and released as it ends.
create table orders_order (
    id                 bigint generated always as identity primary key,
    client_order_id    varchar(20)   not null,
    idempotency_key    varchar(64)   not null,
    client_id          bigint        not null,
    branch_id          bigint        not null,
    fund_account_id    bigint        not null,
    code               varchar(6)    not null,
    exchange           varchar(8)    not null,
    side               varchar(4)    not null,
    order_type         varchar(24)   not null,
    quantity           bigint        not null,
    price              numeric(20,4),
    freeze_price       numeric(20,4),
    status             varchar(20)   not null,
    filled_quantity    bigint        not null default 0,
    filled_amount      numeric(20,2) not null default 0,
    commission_charged numeric(20,2) not null default 0,
    frozen_cash        numeric(20,2) not null default 0,
    frozen_shares      bigint        not null default 0,
    trade_date         date          not null,
    rejection_code     varchar(40),
    rejection_args     varchar(400),
    exchange_order_id  varchar(40),
    approval_id        bigint,
    placed_by          varchar(50)   not null,
    placed_at          timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    constraint fk_orders_order_client foreign key (client_id) references clients_client (id),
    constraint fk_orders_order_security foreign key (code) references market_security (code),
    constraint uq_orders_order_client_order_id unique (client_order_id),
    constraint uq_orders_order_idempotency_key unique (idempotency_key),
    constraint ck_orders_order_side check (side in ('BUY', 'SELL')),
    constraint ck_orders_order_status check (status in ('PENDING_APPROVAL', 'SUBMITTED', 'NEW', 'PARTIALLY_FILLED',
        'FILLED', 'CANCEL_REQUESTED', 'CANCELED', 'REJECTED', 'EXPIRED')),
    constraint ck_orders_order_quantity check (quantity > 0 and filled_quantity >= 0 and filled_quantity <= quantity),
    constraint ck_orders_order_frozen check (frozen_cash >= 0 and frozen_shares >= 0)
);
create index ix_orders_order_branch_day on orders_order (branch_id, trade_date, id desc);
create index ix_orders_order_client on orders_order (client_id, id desc);
create index ix_orders_order_open on orders_order (status) where status in ('SUBMITTED', 'NEW', 'PARTIALLY_FILLED',
    'CANCEL_REQUESTED', 'PENDING_APPROVAL');

-- Every check an order went through, in order, and what it said.
create table orders_check_result (
    order_id    bigint       not null,
    position    integer      not null,
    check_code  varchar(40)  not null,
    passed      boolean      not null,
    reason_key  varchar(80),
    reason_args varchar(400),
    constraint pk_orders_check_result primary key (order_id, position),
    constraint fk_orders_check_result_order foreign key (order_id) references orders_order (id)
);

-- Every state an order went through.
create table orders_order_event (
    id         bigint generated always as identity primary key,
    order_id   bigint       not null,
    at         timestamptz  not null,
    status     varchar(20)  not null,
    detail     varchar(200),
    actor      varchar(50)  not null,
    constraint fk_orders_order_event_order foreign key (order_id) references orders_order (id)
);
create index ix_orders_order_event_order on orders_order_event (order_id, id);

-- Trades (成交): one row per execution report with a fill; the execution id makes a repeated report harmless.
create table orders_trade (
    id              bigint generated always as identity primary key,
    exec_id         varchar(40)   not null,
    order_id        bigint        not null,
    client_id       bigint        not null,
    branch_id       bigint        not null,
    code            varchar(6)    not null,
    side            varchar(4)    not null,
    quantity        bigint        not null,
    price           numeric(20,4) not null,
    amount          numeric(20,2) not null,
    commission      numeric(20,2) not null,
    stamp_duty      numeric(20,2) not null,
    transfer_fee    numeric(20,2) not null,
    exchange_fees   numeric(20,2) not null default 0,
    realised_pnl    numeric(20,2),
    trade_date      date          not null,
    executed_at     timestamptz   not null,
    settled         boolean       not null default false,
    constraint fk_orders_trade_order foreign key (order_id) references orders_order (id),
    constraint uq_orders_trade_exec unique (exec_id),
    constraint ck_orders_trade_values check (quantity > 0 and price > 0 and amount > 0 and commission >= 0
        and stamp_duty >= 0 and transfer_fee >= 0 and exchange_fees >= 0)
);
create index ix_orders_trade_order on orders_trade (order_id, id);
create index ix_orders_trade_client on orders_trade (client_id, trade_date desc, id desc);
create index ix_orders_trade_branch_day on orders_trade (branch_id, trade_date, id desc);
create index ix_orders_trade_unsettled on orders_trade (trade_date) where not settled;

-- Positions (持仓): shares held, frozen for open sells, bought today (sellable from the next trading day), and
-- the total cost by the moving-average method.
create table orders_position (
    client_id     bigint        not null,
    code          varchar(6)    not null,
    quantity      bigint        not null default 0,
    frozen        bigint        not null default 0,
    bought_today  bigint        not null default 0,
    cost          numeric(20,4) not null default 0,
    version       bigint        not null default 0,
    updated_at    timestamptz   not null,
    constraint pk_orders_position primary key (client_id, code),
    constraint fk_orders_position_client foreign key (client_id) references clients_client (id),
    constraint fk_orders_position_security foreign key (code) references market_security (code),
    constraint ck_orders_position_quantities check (frozen >= 0 and bought_today >= 0
        and quantity >= frozen + bought_today)
);
create index ix_orders_position_code on orders_position (code) where quantity > 0;

-- Client order ids (委托编号) come from one sequence, prefixed with the trade date.
create sequence orders_client_order_seq;
