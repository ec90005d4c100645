package org.opencounter.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

/**
 * What the database itself sustains, as pgbench's TPC-B-like transaction does it: per transaction one insert and three
 * updates (an account, its teller, its branch, and a history row), each thread on its own connection with prepared
 * statements. 100 branches, 1,000 tellers and 100,000 accounts keep the threads from queueing on one row, as
 * pgbench's scale does. The tables live only for the run.
 */
final class DatabaseBaseline {

    private static final int BRANCHES = 100;
    private static final int TELLERS = 1_000;
    private static final int ACCOUNTS = 100_000;

    private final DataSource dataSource;

    DatabaseBaseline(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Throughput run(int threads, int perThread) throws Exception {
        create();
        try {
            Throughput.measure(threads, perThread / 10, this::transaction);
            return Throughput.measure(threads, perThread, this::transaction);
        } finally {
            drop();
        }
    }

    private void transaction(int thread, int index) throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int account = random.nextInt(ACCOUNTS) + 1;
        int teller = random.nextInt(TELLERS) + 1;
        int branch = random.nextInt(BRANCHES) + 1;
        int delta = random.nextInt(-5000, 5001);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                update(connection, "update bench_accounts set balance = balance + ? where id = ?", delta, account);
                update(connection, "update bench_tellers set balance = balance + ? where id = ?", delta, teller);
                update(connection, "update bench_branches set balance = balance + ? where id = ?", delta, branch);
                try (PreparedStatement history = connection.prepareStatement(
                        "insert into bench_history (teller_id, branch_id, account_id, delta, at) values (?, ?, ?, ?, now())")) {
                    history.setInt(1, teller);
                    history.setInt(2, branch);
                    history.setInt(3, account);
                    history.setInt(4, delta);
                    history.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static void update(Connection connection, String sql, int delta, int id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setInt(1, delta);
            update.setInt(2, id);
            update.executeUpdate();
        }
    }

    private void create() throws SQLException {
        execute("""
                create table bench_branches (id integer primary key, balance bigint not null, filler char(88));
                create table bench_tellers (id integer primary key, balance bigint not null, filler char(84));
                create table bench_accounts (id integer primary key, balance bigint not null, filler char(84));
                create table bench_history (teller_id integer, branch_id integer, account_id integer, delta integer,
                    at timestamp, filler char(22));
                insert into bench_branches select g, 0 from generate_series(1, %d) g;
                insert into bench_tellers select g, 0 from generate_series(1, %d) g;
                insert into bench_accounts select g, 0 from generate_series(1, %d) g;
                analyze bench_branches; analyze bench_tellers; analyze bench_accounts;
                """.formatted(BRANCHES, TELLERS, ACCOUNTS));
    }

    private void drop() throws SQLException {
        execute("drop table if exists bench_branches, bench_tellers, bench_accounts, bench_history");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
