package org.opencounter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL per test JVM: the one named by the system property {@code opencounter.test.database-url} (with
 * {@code opencounter.test.database-user}, default postgres, no password) when given, for example to run the
 * benchmarks against a tuned server; otherwise Testcontainers' postgres:18 when a Docker engine answers, otherwise the
 * embedded PostgreSQL 18. Registered for every Spring test context through META-INF/spring.factories.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

    private record Connection(String url, String username, String password) {
    }

    private static Connection connection;

    /** Contexts using the database, closed before it stops so nothing waits on a dead connection at exit. */
    private static final java.util.List<ConfigurableApplicationContext> CONTEXTS =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getEnvironment().getProperty("opencounter.test.own-database", Boolean.class, false)) {
            return;
        }
        Connection db = connection();
        CONTEXTS.add(context);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.ofEntries(
                Map.entry("spring.datasource.url", db.url()),
                Map.entry("spring.datasource.username", db.username()),
                Map.entry("spring.datasource.password", db.password()),
                Map.entry("opencounter.demo-data", "true"),
                // tests move time and prices themselves: exchange sessions by the test clock, no feed, no sweeps
                Map.entry("opencounter.market.simulated-feed", "false"),
                Map.entry("opencounter.orders.sessions", "EXCHANGE"),
                Map.entry("opencounter.orders.simulated.sweep-interval", "PT1H"),
                // tests settle days, review margin calls, accrue interest and expire contracts themselves, whatever
                // the wall clock says
                Map.entry("opencounter.orders.settlement-cron", "-"),
                Map.entry("opencounter.margin.call-cron", "-"),
                Map.entry("opencounter.margin.ratio-close-cron", "-"),
                Map.entry("opencounter.margin.interest-cron", "-"),
                Map.entry("opencounter.margin.expiry-cron", "-"),
                Map.entry("opencounter.margin.liquidation-cron", "-"),
                Map.entry("opencounter.margin.concentration-cron", "-"),
                Map.entry("opencounter.wealth.redemption-cron", "-"),
                Map.entry("opencounter.compliance.aml-cron", "-"),
                // the simulated exchange's trade files go to the build directory, not to the developer's data
                Map.entry("opencounter.orders.trade-files", "target/exchange-trades"))));
        context.getBeanFactory().registerSingleton("clock", TestClock.INSTANCE);
    }

    /** Spring's own shutdown hook may be closing the context already; wait for it to finish either way. */
    private static void closeAndWait(ConfigurableApplicationContext context) {
        context.close();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (context.isActive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static synchronized Connection connection() {
        String external = System.getProperty("opencounter.test.database-url");
        if (connection == null && external != null) {
            log.info("Tests use the PostgreSQL at {}", external);
            connection = new Connection(external, System.getProperty("opencounter.test.database-user", "postgres"), "");
        }
        if (connection == null) {
            connection = dockerAvailable() ? startContainer() : startEmbedded();
        }
        return connection;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static Connection startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:18");
        container.start();
        log.info("Tests use Testcontainers PostgreSQL at {}", container.getJdbcUrl());
        return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Connection startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC")
                    .setRegisterShutdownHook(false).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                CONTEXTS.forEach(TestDatabase::closeAndWait);
                try {
                    postgres.close();
                } catch (IOException e) {
                    log.warn("Could not stop the embedded PostgreSQL", e);
                }
            }));
            log.info("Tests use the embedded PostgreSQL on port {}", postgres.getPort());
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start (is this running as root?)", e);
        }
    }
}
