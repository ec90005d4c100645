-- Credit trades settle with the clearing house as ordinary ones do. A credit fill's commission is the firm's income,
-- not money owed to the clearing house: it moves from CLEARING to the firm's COMMISSION account, so what CLEARING
-- holds for a trade date is what the firm owes the clearing house for the day's credit trades (value and the fees
-- passed on), and the end of day settles it once per trade date.
alter table margin_credit_journal drop constraint ck_margin_credit_journal_kind;
alter table margin_credit_journal add constraint ck_margin_credit_journal_kind check (kind in ('TRANSFER_IN',
    'TRANSFER_OUT', 'ORDER_FREEZE', 'ORDER_RELEASE', 'TRADE_BUY', 'TRADE_SELL', 'FINANCED_BUY', 'REPAYMENT',
    'INTEREST_ACCRUAL', 'COMMISSION'));
alter table margin_credit_journal drop constraint ck_margin_credit_journal_accounts;
alter table margin_credit_journal add constraint ck_margin_credit_journal_accounts check (from_account <> to_account
    and from_account in ('AVAILABLE', 'FROZEN', 'BANK', 'CLEARING', 'FINANCING', 'INTEREST', 'ACCRUED', 'COMMISSION')
    and to_account in ('AVAILABLE', 'FROZEN', 'BANK', 'CLEARING', 'FINANCING', 'INTEREST', 'ACCRUED', 'COMMISSION'));
create index ix_margin_credit_journal_clearing on margin_credit_journal (business_date)
    where from_account = 'CLEARING' or to_account = 'CLEARING';

-- Fills booked before this split carried their commission in CLEARING: take it out the same way.
insert into margin_credit_journal (contract_id, kind, from_account, to_account, amount, business_date, reference, memo,
                                   actor, recorded_at)
select j.contract_id, 'COMMISSION', 'CLEARING', 'COMMISSION', t.commission, t.trade_date,
       'exec:' || t.exec_id || ':commission', j.memo, 'system', now()
from orders_trade t
cross join lateral (select contract_id, memo from margin_credit_journal
                    where reference in ('exec:' || t.exec_id, 'exec:' || t.exec_id || ':top-up')
                    order by id limit 1) j
where t.credit and t.commission > 0;

-- One settlement of the credit trades' clearing per trade date, in the end of day's transaction.
create table margin_credit_clearing (
    trade_date  date          primary key,
    payable     numeric(20,2) not null,
    contracts   integer       not null,
    settled_by  varchar(50)   not null,
    settled_at  timestamptz   not null
);

-- The end of day keeps the credit side of the day's net with the clearing house apart.
alter table orders_settlement_run add column credit_payable numeric(20,2);
