package org.opencounter.margin.credit;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The numbers a new margin contract gets: the contract number (MC + year + serial), the credit fund account (branch
 * + 9 + serial, 12 digits) and the credit securities accounts (SSE 'E' + 9 digits, SZSE '06' + 8 digits).
 */
@Component
public class ContractNumbers {

    /** One contract's numbers. */
    public record Issued(String contract, String fundAccount, String sseAccount, String szseAccount) {
    }

    private final JdbcClient jdbc;

    ContractNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Issued issue(LocalDate openedOn, long branchId) {
        return new Issued("MC" + openedOn.getYear() + String.format("%08d", next("margin_contract_serial")),
                String.format("%04d9%07d", branchId, next("margin_credit_fund_serial")),
                String.format("E%09d", next("margin_credit_sse_serial")),
                String.format("06%08d", next("margin_credit_szse_serial")));
    }

    private long next(String sequence) {
        return jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single();
    }
}
