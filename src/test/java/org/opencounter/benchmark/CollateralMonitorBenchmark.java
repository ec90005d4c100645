package org.opencounter.benchmark;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.margin.monitor.CollateralValuation;
import org.opencounter.margin.monitor.ContractRatio;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recomputing the maintenance collateral ratio of 100,000 margin contracts with 5 positions and a financing debt each
 * after a price change, against the plain SQL aggregate over the same data. Runs only with
 * {@code ./mvnw -Pbenchmark verify}; writes target/benchmark/collateral-monitor.md. Targets from the issue: under
 * 1 second, and no more than 50% above the plain aggregate.
 */
@IntegrationTest
class CollateralMonitorBenchmark {

    private static final int CONTRACTS = 100_000;
    private static final int POSITIONS = 5;
    private static final int RUNS = 10;
    private static final double TARGET_MS = 1_000;

    /** The plain aggregate: the same sums, no bands, nothing read back into objects. */
    private static final String PLAIN = """
            select k.id, coalesce(c.balance, 0) + coalesce(h.v, 0), coalesce(o.f, 0) + coalesce(o.i, 0)
            from margin_contract k left join margin_credit_cash c on c.contract_id = k.id
            left join (select p.contract_id, sum(round(p.quantity * q.price, 2)) v from margin_credit_position p
                       join market_latest_price q on q.code = p.code group by p.contract_id) h on h.contract_id = k.id
            left join (select contract_id, sum(principal) f, sum(interest) i from margin_debt where status = 'OPEN'
                       group by contract_id) o on o.contract_id = k.id
            where k.status in ('ACTIVE', 'SUSPENDED')""";

    @Autowired
    CollateralValuation valuation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ratiosOfOneHundredThousandContractsAfterAPriceChange() throws Exception {
        long seedStarted = System.nanoTime();
        seed();
        long seedMs = (System.nanoTime() - seedStarted) / 1_000_000;
        List<String> codes = jdbc.sql("select code from market_latest_price where code like '60%' order by code")
                .query(String.class).list();
        long[] monitor = new long[RUNS];
        long[] affected = new long[RUNS];
        long[] plain = new long[RUNS];
        int moved = 0;
        int contracts = 0;
        for (int run = -2; run < RUNS; run++) {
            String code = codes.get(Math.floorMod(run, codes.size()));
            jdbc.sql("update market_latest_price set price = price * ? where code = ?")
                    .params(run % 2 == 0 ? 0.99 : 1.01, code).update();
            long started = System.nanoTime();
            List<ContractRatio> touched = valuation.affectedBy(List.of(code));
            long affectedNanos = System.nanoTime() - started;
            started = System.nanoTime();
            List<ContractRatio> ratios = valuation.all(null);
            long monitorNanos = System.nanoTime() - started;
            started = System.nanoTime();
            int rows = jdbc.sql(PLAIN).query((row, n) -> row.getLong(1)).list().size();
            long plainNanos = System.nanoTime() - started;
            if (run >= 0) {
                monitor[run] = monitorNanos;
                affected[run] = affectedNanos;
                moved = Math.max(moved, touched.size());
                plain[run] = plainNanos;
                contracts = Math.max(ratios.size(), rows);
            }
        }
        double monitorMs = median(monitor);
        double plainMs = median(plain);
        BenchmarkReport report = new BenchmarkReport("Collateral monitor benchmark");
        report.line("Book: %d live contracts with %d positions and one financing debt each (seeded in %d ms). %d timed"
                + " runs after 2 warm-up runs; before each run one security's price moves.", contracts, POSITIONS,
                seedMs, RUNS);
        report.blank();
        report.line("| what | median ms | max ms | target |");
        report.line("|---|---:|---:|---|");
        double affectedMs = median(affected);
        report.line("| the contracts holding the moved security (affectedBy, up to %d) | %.0f | %.0f | < %.0f ms: %s |",
                moved, affectedMs, max(affected), TARGET_MS, BenchmarkReport.verdict(affectedMs < TARGET_MS));
        report.line("| every ratio and band (CollateralValuation.all) | %.0f | %.0f | < %.0f ms: %s |", monitorMs,
                max(monitor), TARGET_MS, BenchmarkReport.verdict(monitorMs < TARGET_MS));
        report.line("| plain SQL aggregate of the same sums | %.0f | %.0f | |", plainMs, max(plain));
        report.line("| after a price change / plain | %.2f | | ≤ 1.50: %s |", affectedMs / plainMs,
                BenchmarkReport.verdict(affectedMs <= plainMs * 1.5));
        report.line("| every contract / plain | %.2f | | |", monitorMs / plainMs);
        report.write("collateral-monitor.md");
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000.0;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1_000_000.0;
    }

    /** Clients with one contract each, holding five main-board securities bought partly on financing. */
    private void seed() {
        new BenchmarkClients("margin-bench-", "两融压测", "3101011980", "16", "上海市浦东新区世纪大道", "8",
                "(select id from platform_branch where not head_office order by id offset (g % 4) limit 1)")
                .insert(jdbc, CONTRACTS);
        jdbc.sql("""
                insert into margin_credit_application (client_id, branch_id, status, assessed_on, average_assets,
                    days_averaged, first_trade_date, risk_category, internal_defaults, annual_income, total_assets,
                    liabilities, external_report, external_defaults, internal_score, rating, recommended_line,
                    financing_rate, lending_rate, term_months, recommendation, submitted_by, submitted_at, request_key,
                    decided_by, decided_at)
                select c.id, c.branch_id, 'APPROVED', current_date, 800000, 20, date '2020-01-02', 'C4', 0, 400000,
                    2000000, 100000, 'bench', 0, 78, 'B', 1000000, 0.065, 0.085, 6, 'bench', 'bench', now(),
                    'mb-' || c.id, 'bench', now()
                from clients_client c where c.request_key like 'margin-bench-%'""").update();
        jdbc.sql("""
                insert into margin_contract (contract_number, client_id, branch_id, application_id, credit_line,
                    financing_rate, lending_rate, financing_margin_ratio, opened_on, expires_on, status,
                    credit_fund_account, credit_sse_account, credit_szse_account, approved_by)
                select 'MB' || lpad(a.id::text, 12, '0'), a.client_id, a.branch_id, a.id, 1000000, 0.065, 0.085, 1.00,
                    current_date, current_date + 180, 'ACTIVE', '7' || lpad(a.id::text, 11, '0'),
                    'E' || lpad(a.id::text, 9, '0'), '06' || lpad(a.id::text, 8, '0'), 'bench'
                from margin_credit_application a where a.request_key like 'mb-%'""").update();
        jdbc.sql("""
                insert into margin_credit_cash (contract_id, balance)
                select id, 50000 from margin_contract where contract_number like 'MB%'""").update();
        jdbc.sql("""
                insert into margin_credit_position (contract_id, code, quantity, cost)
                select k.id, s.code, 1000, 10 from margin_contract k
                cross join lateral (select code from market_latest_price where code like '60%%'
                                    order by md5(code || k.id) limit %d) s
                where k.contract_number like 'MB%%'""".formatted(POSITIONS)).update();
        jdbc.sql("""
                insert into margin_debt (contract_id, kind, code, quantity, principal, interest, opened_on,
                    accrued_until, status)
                select k.id, 'FINANCING', (select min(code) from margin_credit_position p where p.contract_id = k.id),
                    1000, 300000, 2000, current_date, current_date, 'OPEN'
                from margin_contract k where k.contract_number like 'MB%'""").update();
        for (String table : List.of("margin_contract", "margin_credit_cash", "margin_credit_position", "margin_debt")) {
            jdbc.sql("analyze " + table).update();
        }
    }
}
