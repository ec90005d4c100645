package org.opencounter.platform.staff;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Remembers password hashes so that none of the last few can be chosen again. */
@Component
class PasswordHistory {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    PasswordHistory(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    boolean isRecent(long staffId, String rawPassword, int depth) {
        List<String> hashes = jdbc.sql("""
                        select password_hash from platform_password_history
                        where staff_id = ? order by created_at desc, id desc limit ?""")
                .params(staffId, depth)
                .query(String.class)
                .list();
        return hashes.stream().anyMatch(hash -> encoder.matches(rawPassword, hash));
    }

    void remember(long staffId, String hash, Instant now) {
        jdbc.sql("insert into platform_password_history (staff_id, password_hash, created_at) values (?, ?, ?)")
                .params(staffId, hash, java.sql.Timestamp.from(now))
                .update();
    }
}
