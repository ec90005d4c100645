package org.opencounter.benchmark;

import java.util.List;

import org.opencounter.clients.ledger.CashLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A branch's book of clients ready to trade, seeded in a few set-based statements: each client open and approved
 * at the clerk's branch, with a fund account, Shanghai and Shenzhen securities accounts, its two cash accounts and a
 * bank deposit posted in the journal (so the ledger proof holds).
 */
final class TradingBook {

    static final String DEPOSIT = "10000000.00";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CashLedger ledger;
    private final int size;

    TradingBook(JdbcClient jdbc, TransactionTemplate transactions, CashLedger ledger, int size) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.ledger = ledger;
        this.size = size;
    }

    /** Seeds the book and answers its client ids, in order. */
    List<Long> seed() {
        new BenchmarkClients("trading-book-", "交易压测", "2201011985", "16", "上海市浦东新区陆家嘴环路", "8",
                "(select branch_id from platform_staff_user where username = 'clerk')").insert(jdbc, size);
        jdbc.sql("""
                insert into clients_securities_account (client_id, exchange, account_number, opened_at)
                select id, x.exchange, x.prefix || lpad(id::text, 9, '0'), now()
                from clients_client, (values ('SSE', 'A'), ('SZSE', '0')) x(exchange, prefix)
                where request_key like 'trading-book-%'""").update();
        jdbc.sql("""
                insert into clients_ledger_account (code, kind, fund_account_id)
                select f.account_number || '-' || k.kind, k.kind, f.id
                from clients_fund_account f join clients_client c on c.id = f.client_id,
                     (values ('CLIENT_AVAILABLE'), ('CLIENT_FROZEN')) k(kind)
                where c.request_key like 'trading-book-%'""").update();
        transactions.executeWithoutResult(status -> deposit());
        jdbc.sql("analyze clients_ledger_account").update();
        return jdbc.sql("select id from clients_client where request_key like 'trading-book-%' order by id")
                .query(Long.class).list();
    }

    /**
     * One bank transfer in per client, entries and lines in one transaction (the journal balances at commit): the
     * bank settlement account debited, the client's available cash credited.
     */
    private void deposit() {
        long bank = ledger.bankSettlementAccount();
        jdbc.sql("""
                insert into clients_journal_entry (kind, fund_account_id, amount, business_date, memo, idempotency_key,
                    created_by, created_at)
                select 'BANK_TRANSFER_IN', f.id, cast(? as numeric), current_date - 30, '银证转账 转入', 'book-deposit-' || f.id,
                    'bench', now()
                from clients_fund_account f join clients_client c on c.id = f.client_id
                where c.request_key like 'trading-book-%'""").param(DEPOSIT).update();
        jdbc.sql("""
                insert into clients_journal_line (entry_id, ledger_account_id, debit, credit)
                select e.id, case when side.debit then ? else a.id end,
                       case when side.debit then e.amount else 0 end, case when side.debit then 0 else e.amount end
                from clients_journal_entry e
                join clients_ledger_account a on a.fund_account_id = e.fund_account_id and a.kind = 'CLIENT_AVAILABLE'
                cross join (values (true), (false)) side(debit)
                where e.idempotency_key like 'book-deposit-%'""").param(bank).update();
        jdbc.sql("""
                update clients_ledger_account a set balance = cast(? as numeric)
                from clients_fund_account f join clients_client c on c.id = f.client_id
                where a.fund_account_id = f.id and a.kind = 'CLIENT_AVAILABLE' and c.request_key like 'trading-book-%'""")
                .param(DEPOSIT).update();
    }
}
