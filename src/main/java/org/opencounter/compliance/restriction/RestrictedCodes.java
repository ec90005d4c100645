package org.opencounter.compliance.restriction;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * The codes of the securities that any restricted entry or insider project names, so that an order for any other
 * security - nearly all of them - passes the check without a query. A change here clears it at once; another
 * instance of the application sees the change within {@link #REFRESH}.
 */
@Component
class RestrictedCodes {

    static final Duration REFRESH = Duration.ofSeconds(15);

    private final JdbcClient jdbc;
    private final LoadingCache<String, Set<String>> codes;

    RestrictedCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.codes = Caffeine.newBuilder().expireAfterWrite(REFRESH).maximumSize(1).build(key -> load());
    }

    boolean named(String securityCode) {
        return codes.get("all").contains(securityCode);
    }

    void changed() {
        codes.invalidateAll();
    }

    private Set<String> load() {
        return new HashSet<>(jdbc.sql("""
                select security_code from compliance_restricted_security where list = 'RESTRICTED' and lifted_at is null
                union
                select security_code from compliance_insider_project""").query(String.class).list());
    }
}
