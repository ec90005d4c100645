-- Interest accrues in the credit journal too: each day's accrual is an entry from the client's ACCRUED interest (what
-- the client owes in interest) to the firm's INTEREST income, and a repayment of interest settles ACCRUED from the
-- client's cash. The interest the open debts owe is then what ACCRUED has given less what it has been paid.
alter table margin_credit_journal drop constraint ck_margin_credit_journal_kind;
alter table margin_credit_journal add constraint ck_margin_credit_journal_kind check (kind in ('TRANSFER_IN',
    'TRANSFER_OUT', 'ORDER_FREEZE', 'ORDER_RELEASE', 'TRADE_BUY', 'TRADE_SELL', 'FINANCED_BUY', 'REPAYMENT',
    'INTEREST_ACCRUAL'));
alter table margin_credit_journal drop constraint ck_margin_credit_journal_accounts;
alter table margin_credit_journal add constraint ck_margin_credit_journal_accounts check (from_account <> to_account
    and from_account in ('AVAILABLE', 'FROZEN', 'BANK', 'CLEARING', 'FINANCING', 'INTEREST', 'ACCRUED')
    and to_account in ('AVAILABLE', 'FROZEN', 'BANK', 'CLEARING', 'FINANCING', 'INTEREST', 'ACCRUED'));

-- Interest already owed before this journal kept it comes in as one opening accrual per contract.
insert into margin_credit_journal (contract_id, kind, from_account, to_account, amount, business_date, reference, memo,
                                   actor, recorded_at)
select d.contract_id, 'INTEREST_ACCRUAL', 'ACCRUED', 'INTEREST', sum(d.interest), current_date,
       'opening-interest:' || d.contract_id, '期初应计利息', 'system', now()
from margin_debt d where d.status = 'OPEN' and d.interest > 0 group by d.contract_id;
