-- Credit trading (信用交易) through the orders module. An order placed on a client's credit account carries its kind
-- (担保品买入 / 担保品卖出 / 融资买入 / 卖券还款); its cash, line and shares are frozen and filled in the credit books,
-- not in the ordinary account's ledger and positions. Trades keep the flag so the ordinary statement leaves them out.
alter table orders_order add column credit_trade varchar(16);
alter table orders_order add constraint ck_orders_order_credit_trade check (credit_trade is null
    or (credit_trade in ('COLLATERAL_BUY', 'FINANCING_BUY') and side = 'BUY')
    or (credit_trade in ('COLLATERAL_SELL', 'SELL_TO_REPAY') and side = 'SELL'));
alter table orders_trade add column credit boolean not null default false;

-- The credit cash: the balance counts frozen cash too (it is still collateral); the line reserved by open financing
-- buys is kept beside it so that two orders never spend the same line.
alter table margin_credit_cash add column frozen numeric(20,2) not null default 0;
alter table margin_credit_cash add column line_frozen numeric(20,2) not null default 0;
alter table margin_credit_cash add constraint ck_margin_credit_cash_frozen
    check (frozen >= 0 and frozen <= balance and line_frozen >= 0);

-- Credit positions, like ordinary ones: shares in open sells are frozen, shares bought today sell from T+1; a position
-- sold out stays at zero.
alter table margin_credit_position add column frozen bigint not null default 0;
alter table margin_credit_position add column bought_today bigint not null default 0;
alter table margin_credit_position drop constraint ck_margin_credit_position_quantity;
alter table margin_credit_position add constraint ck_margin_credit_position_quantity
    check (quantity >= 0 and frozen >= 0 and bought_today >= 0 and quantity >= frozen + bought_today);

-- A financing debt comes from the financing buy that drew it; its fills add to the one debt.
alter table margin_debt add column order_id bigint;
create unique index ux_margin_debt_order on margin_debt (order_id) where order_id is not null;

-- Every movement of credit cash, as one entry from an account to another: the client's AVAILABLE and FROZEN credit
-- cash, and the counterparties BANK (transfers), CLEARING (trades), FINANCING (the firm's funds lent and repaid) and
-- INTEREST (interest paid to the firm). The client's balances are the sums of these entries; the reference makes a
-- repeated movement harmless.
create table margin_credit_journal (
    id            bigint generated always as identity primary key,
    contract_id   bigint        not null,
    kind          varchar(16)   not null,
    from_account  varchar(10)   not null,
    to_account    varchar(10)   not null,
    amount        numeric(20,2) not null,
    business_date date          not null,
    reference     varchar(80)   not null,
    memo          varchar(200)  not null,
    actor         varchar(50)   not null,
    recorded_at   timestamptz   not null,
    constraint fk_margin_credit_journal_contract foreign key (contract_id) references margin_contract (id),
    constraint uq_margin_credit_journal_reference unique (reference),
    constraint ck_margin_credit_journal_kind check (kind in ('TRANSFER_IN', 'TRANSFER_OUT', 'ORDER_FREEZE',
        'ORDER_RELEASE', 'TRADE_BUY', 'TRADE_SELL', 'FINANCED_BUY', 'REPAYMENT')),
    constraint ck_margin_credit_journal_accounts check (from_account <> to_account
        and from_account in ('AVAILABLE', 'FROZEN', 'BANK', 'CLEARING', 'FINANCING', 'INTEREST')
        and to_account in ('AVAILABLE', 'FROZEN', 'BANK', 'CLEARING', 'FINANCING', 'INTEREST')),
    constraint ck_margin_credit_journal_amount check (amount > 0)
);
create index ix_margin_credit_journal_contract on margin_credit_journal (contract_id, id desc);

-- The demo's and earlier sessions' credit cash came in without an entry: record it as a transfer in, so the journal
-- accounts for every balance.
insert into margin_credit_journal (contract_id, kind, from_account, to_account, amount, business_date, reference, memo,
                                   actor, recorded_at)
select c.contract_id, 'TRANSFER_IN', 'BANK', 'AVAILABLE', c.balance, k.opened_on, 'opening:' || c.contract_id,
       '信用账户期初资金', 'system', now()
from margin_credit_cash c join margin_contract k on k.id = c.contract_id where c.balance > 0;
