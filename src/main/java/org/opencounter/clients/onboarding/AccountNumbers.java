package org.opencounter.clients.onboarding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * New account numbers from database sequences: fund accounts are the branch number (4 digits) and a serial
 * (8 digits); SSE accounts 'A' + 9 digits; SZSE accounts 10 digits starting with 0.
 */
@Component
public class AccountNumbers {

    private final JdbcClient jdbc;

    AccountNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String fundAccount(long branchId) {
        return String.format("%04d%08d", branchId, next("clients_fund_account_serial"));
    }

    public String sseAccount() {
        return String.format("A%09d", next("clients_sse_account_serial"));
    }

    public String szseAccount() {
        return String.format("0%09d", next("clients_szse_account_serial"));
    }

    private long next(String sequence) {
        return jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single();
    }
}
