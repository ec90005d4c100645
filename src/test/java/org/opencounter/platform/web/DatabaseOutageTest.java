package org.opencounter.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.BadSqlGrammarException;

class DatabaseOutageTest {

    @Test
    void poolTimeoutCountsAsOutage() {
        assertThat(DatabaseOutage.causedByUnreachableDatabase(new IllegalStateException("wrapped",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
    }

    @Test
    void connectionFailureCountsAsOutage() {
        assertThat(DatabaseOutage.causedByUnreachableDatabase(new CannotGetJdbcConnectionException("down"))).isTrue();
        assertThat(DatabaseOutage.causedByUnreachableDatabase(new RuntimeException(
                new SQLException("Connection refused", "08001")))).isTrue();
        assertThat(DatabaseOutage.causedByUnreachableDatabase(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void ordinarySqlErrorsAreNotAnOutage() {
        assertThat(DatabaseOutage.causedByUnreachableDatabase(new BadSqlGrammarException("x", "select",
                new SQLException("syntax", "42601")))).isFalse();
        assertThat(DatabaseOutage.causedByUnreachableDatabase(new IllegalArgumentException("bug"))).isFalse();
    }
}
