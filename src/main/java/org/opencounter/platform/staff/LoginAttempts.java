package org.opencounter.platform.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.opencounter.platform.web.PlatformProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords in the database, in one atomic statement, so the lockout holds across instances:
 * the fifth failure in a row locks the account for fifteen minutes (both configurable).
 */
@Component
public class LoginAttempts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PlatformProperties properties;

    LoginAttempts(JdbcClient jdbc, Clock clock, PlatformProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Counts one failure; answers whether this failure locked the account. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String username) {
        Instant now = clock.instant();
        Optional<Timestamp> lockedUntil = jdbc.sql("""
                        update platform_staff_user
                           set failed_attempts = case when failed_attempts + 1 >= :max then 0
                                                      else failed_attempts + 1 end,
                               locked_until = case when failed_attempts + 1 >= :max then :until
                                                   else locked_until end
                         where username = :username and (locked_until is null or locked_until <= :now)
                        returning locked_until""")
                .param("max", properties.maxFailedLogins())
                .param("until", Timestamp.from(now.plus(properties.lockout())))
                .param("now", Timestamp.from(now))
                .param("username", username)
                .query((row, number) -> Optional.ofNullable(row.getTimestamp(1)))
                .optional()
                .flatMap(until -> until);
        return lockedUntil.map(until -> until.toInstant().isAfter(now)).orElse(false);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        jdbc.sql("update platform_staff_user set failed_attempts = 0, locked_until = null where username = ?")
                .param(username)
                .update();
    }
}
