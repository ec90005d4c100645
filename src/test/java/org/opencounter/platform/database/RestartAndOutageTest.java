package org.opencounter.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencounter.OpenCounterApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app as {@code ./mvnw spring-boot:run} starts it: the embedded PostgreSQL keeps its data directory, so a second
 * start on the same directory runs cleanly without loading the demo data twice; and when the database goes away
 * and comes back, pages answer 503 meanwhile and work again afterwards without a restart of the app.
 */
class RestartAndOutageTest {

    @TempDir
    Path data;

    @Test
    void secondStartOnTheSameDataDirectoryAndADatabaseRestart() throws Exception {
        Path directory = data.resolve("postgres");
        int databasePort = freePort();

        long logins;
        long holdings;
        long products;
        try (ConfigurableApplicationContext first = start(directory, databasePort)) {
            assertThat(count(first, "market_security")).isGreaterThanOrEqualTo(60);
            logins = count(first, "platform_staff_user");
            holdings = count(first, "orders_position");
            products = count(first, "wealth_product");
        }
        assertThat(Files.exists(directory.resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = start(directory, databasePort)) {
            assertThat(count(second, "platform_staff_user")).as("demo logins not loaded twice").isEqualTo(logins)
                    .isEqualTo(19);
            assertThat(count(second, "orders_position")).as("demo holdings not loaded twice").isEqualTo(holdings)
                    .isPositive();
            assertThat(count(second, "market_security")).isEqualTo(62);
            assertThat(count(second, "wealth_product")).as("demo catalogue not loaded twice").isEqualTo(products)
                    .isEqualTo(30);
            String base = "http://localhost:" + second.getEnvironment().getProperty("local.server.port");
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            signIn(browser, base);
            assertThat(get(browser, base + "/admin/staff").statusCode()).isEqualTo(200);

            second.getBean(EmbeddedPostgres.class).close();
            HttpResponse<String> down = get(browser, base + "/admin/staff");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("系统暂时无法连接数据库", "cannot reach its database");

            try (EmbeddedPostgres restarted = EmbeddedPostgres.builder().setDataDirectory(directory)
                    .setCleanDataDirectory(false).setPort(databasePort).setRegisterShutdownHook(false).start()) {
                assertThat(get(browser, base + "/admin/staff").statusCode()).as("works again").isEqualTo(200);
            }
        }
    }

    private static ConfigurableApplicationContext start(Path directory, int databasePort) {
        return new SpringApplicationBuilder(OpenCounterApplication.class).run(
                "--opencounter.test.own-database=true",
                "--opencounter.embedded-database.data-directory=" + directory,
                "--opencounter.embedded-database.port=" + databasePort,
                "--opencounter.market.simulated-feed=false",
                "--server.port=0");
    }

    private static long count(ConfigurableApplicationContext context, String table) {
        return context.getBean(JdbcClient.class).sql("select count(*) from " + table).query(Long.class).single();
    }

    private static void signIn(HttpClient browser, String base) throws IOException, InterruptedException {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(browser, base + "/login").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=Demo2026pass&_csrf=" + token.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
