package org.opencounter.benchmark;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Clients for a benchmark, inserted set-based with their fund accounts: individuals, open, KYC approved, owned by the
 * demo account manager, each numbered 1..count in its name, identity number, mobile and request key.
 *
 * @param keyPrefix      the request key's prefix, by which the batch's clients are found again
 * @param idNumberPrefix the first ten digits of the identity numbers (eight more are the number)
 * @param mobilePrefix   the first two digits of the mobiles (nine more are the number)
 * @param fundPrefix     the fund accounts' first digit (eleven more are the client id)
 * @param branch         an SQL expression of the client's branch id, which may use the number {@code g}
 */
record BenchmarkClients(String keyPrefix, String namePrefix, String idNumberPrefix, String mobilePrefix,
                        String address, String fundPrefix, String branch) {

    void insert(JdbcClient jdbc, int count) {
        long owner = jdbc.sql("select id from platform_staff_user where username = 'advisor'").query(Long.class).single();
        jdbc.sql("""
                insert into clients_client (kind, name, branch_id, owner_id, status, id_type, id_number, mobile, address,
                    gender, birth_date, nationality, tax_residency, source_of_funds, financial_assets, average_income,
                    investment_years, investor_class, kyc_status, next_kyc_review, aml_risk, request_key, submitted_by,
                    opened_at, created_at, updated_at)
                select 'INDIVIDUAL', ? || g, %s, ?, 'ACTIVE', 'RESIDENT_ID', ? || lpad(g::text, 8, '0'),
                    ? || lpad(g::text, 9, '0'), ? || g || '号', case when g %% 2 = 0 then 'FEMALE' else 'MALE' end,
                    date '1980-01-01', 'CHN', 'CHINA_ONLY', 'SALARY', 5000000, 300000, 5, 'ORDINARY', 'APPROVED',
                    date '2028-01-01', 'LOW', ? || g, 'bench', now(), now(), now()
                from generate_series(1, ?) g""".formatted(branch))
                .params(namePrefix, owner, idNumberPrefix, mobilePrefix, address, keyPrefix, count).update();
        jdbc.sql("""
                insert into clients_fund_account (client_id, account_number, status, opened_at, last_activity_at)
                select id, ? || lpad(id::text, 11, '0'), 'ACTIVE', now(), now()
                from clients_client where request_key like ? || '%'""").params(fundPrefix, keyPrefix).update();
        jdbc.sql("analyze clients_client").update();
        jdbc.sql("analyze clients_fund_account").update();
    }
}
