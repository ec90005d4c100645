package org.opencounter.benchmark;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Client search on a book of 100,000 clients, through the whole stack (security, controller, queries, page
 * rendering). Runs only with {@code ./mvnw -Pbenchmark verify}; writes target/benchmark/client-search.md.
 * Target from the issue: under 100 ms per search.
 */
@IntegrationTest
class ClientSearchBenchmark {

    private static final int BOOK = 100_000;
    private static final int WARM_UP = 20;
    private static final int RUNS = 100;
    private static final double TARGET_MS = 100;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService staff;

    @Test
    void searchStaysUnderOneHundredMillisecondsOnOneHundredThousandClients() throws Exception {
        long seedStarted = System.nanoTime();
        seed();
        long seedMs = (System.nanoTime() - seedStarted) / 1_000_000;
        StaffPrincipal advisor = (StaffPrincipal) staff.loadUserByUsername("advisor");
        StaffPrincipal compliance = (StaffPrincipal) staff.loadUserByUsername("compliance");
        String idNumber = jdbc.sql("select id_number from clients_client where name = '压测客户77777'").query(String.class).single();
        String mobile = jdbc.sql("select mobile from clients_client where name = '压测客户77777'").query(String.class).single();
        String fund = jdbc.sql("""
                select f.account_number from clients_fund_account f join clients_client c on c.id = f.client_id
                where c.name = '压测客户77777'""").query(String.class).single();
        BenchmarkReport report = new BenchmarkReport("Client search benchmark");
        report.line("Book: " + jdbc.sql("select count(*) from clients_client").query(Long.class).single()
                + " clients (seeded in " + seedMs + " ms). " + RUNS + " timed runs after " + WARM_UP
                + " warm-up runs, each a full GET /clients page (security, queries, Thymeleaf). Target: < "
                + (int) TARGET_MS + " ms.");
        report.blank();
        report.line("| search | who | p50 ms | p95 ms | max ms | target |");
        report.line("|---|---|---:|---:|---:|---|");
        report.line(measure("first page, no filter", "branch advisor", get("/clients"), advisor));
        report.line(measure("first page, no filter", "head office", get("/clients"), compliance));
        report.line(measure("name prefix 压测客户7777", "head office", get("/clients").param("q", "压测客户7777"), compliance));
        report.line(measure("ID number (exact)", "head office", get("/clients").param("q", idNumber), compliance));
        report.line(measure("mobile (exact)", "head office", get("/clients").param("q", mobile), compliance));
        report.line(measure("fund account (exact)", "head office", get("/clients").param("q", fund), compliance));
        report.line(measure("page 2,000 of the book", "head office", get("/clients").param("page", "2000"), compliance));
        report.line(measure("status PENDING filter", "head office", get("/clients").param("status", "PENDING"), compliance));
        report.write("client-search.md");
    }

    private String measure(String what, String who, MockHttpServletRequestBuilder request, StaffPrincipal principal)
            throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            mvc.perform(request.with(user(principal))).andReturn();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            int status = mvc.perform(request.with(user(principal))).andReturn().getResponse().getStatus();
            nanos[i] = System.nanoTime() - started;
            if (status != 200) {
                throw new IllegalStateException(what + " answered " + status);
            }
        }
        Latencies runs = Latencies.ofNanos(nanos);
        return String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %s |", what, who, runs.p50(), runs.p95(),
                runs.max(), BenchmarkReport.verdict(runs.p95() < TARGET_MS));
    }

    /** 100,000 clients with fund accounts, spread over the four demo branches, in a few set-based inserts. */
    private void seed() {
        new BenchmarkClients("bench-", "压测客户", "1101011980", "15", "北京市西城区金融大街", "9",
                "(select id from platform_branch where not head_office order by id offset (g % 4) limit 1)")
                .insert(jdbc, BOOK);
    }
}
