package org.opencounter.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server from the bundled binaries, with its data under {@code ./data/postgres}, so that
 * {@code ./mvnw spring-boot:run} needs nothing but a JDK.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        refuseRoot();
        Path directory = properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(directory.getParent());
        boolean fresh = !Files.exists(directory.resolve("PG_VERSION"));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // Spring stops the server after everything that uses it; zonky's own hook would stop it first.
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "UTC");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL {} on port {}, data in {}", fresh ? "initialised" : "started",
                postgres.getPort(), directory);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("opencounter-embedded");
        dataSource.setMaximumPoolSize(10);
        dataSource.setConnectionTimeout(5_000);
        return dataSource;
    }

    private static void refuseRoot() {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("""
                    PostgreSQL refuses to run as root, so the embedded database cannot start.
                    Run ./mvnw spring-boot:run as an ordinary user, or point OpenCounter at a PostgreSQL server
                    with SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.""");
        }
    }
}
