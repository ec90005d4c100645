package org.opencounter.margin.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.opencounter.margin.MarginRefused;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's lending pool (券源): how many shares of each lending target it can lend. What short sales owe and what
 * open short sells have reserved comes off it; risk sets the pool.
 */
@Service
@Transactional
public class LendingPool {

    static final String ENTITY = "LendingPool";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    LendingPool(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets the pool of a lending target; the list entry is saved first, in the same transaction. */
    public void set(String code, long quantity) {
        if (!jdbc.sql("select exists (select 1 from margin_security where code = ? and lending_target)").param(code)
                .query(Boolean.class).single()) {
            throw new MarginRefused("poolQuantity", "margin.pool.notLendingTarget", code);
        }
        if (quantity < 0) {
            throw new MarginRefused("poolQuantity", "margin.pool.negative");
        }
        Optional<Long> before = jdbc.sql("select quantity from margin_lending_pool where code = ? for update")
                .param(code).query(Long.class).optional();
        jdbc.sql("""
                        insert into margin_lending_pool (code, quantity, updated_by, updated_at) values (?, ?, ?, ?)
                        on conflict (code) do update set quantity = excluded.quantity,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(code, quantity, CurrentStaff.require().username(), Timestamp.from(clock.instant())).update();
        audit.record(AuditRecord.change("margin.pool.set", ENTITY, code,
                before.map(q -> Map.of("quantity", q)).orElse(null), Map.of("quantity", quantity)));
    }

    /** What can still be lent: the pool less the shares short sales owe and open short sells have reserved. */
    @Transactional(readOnly = true)
    public long available(String code) {
        return available(java.util.List.of(code)).getOrDefault(code, 0L);
    }

    /** The pools of the securities, each as {@link #available(String)}; a security without a pool is left out. */
    @Transactional(readOnly = true)
    public Map<String, Long> available(Collection<String> codes) {
        Map<String, Long> available = new HashMap<>();
        if (codes.isEmpty()) {
            return available;
        }
        jdbc.sql("""
                        select p.code, p.quantity
                               - coalesce((select sum(d.quantity) from margin_debt d
                                           where d.code = p.code and d.kind = 'LENDING' and d.status = 'OPEN'), 0)
                               - coalesce((select sum(r.quantity) from margin_lending_reservation r
                                           where r.code = p.code), 0)
                        from margin_lending_pool p where p.code = any(?)""")
                .param(codes.toArray(String[]::new))
                .query(row -> {
                    available.put(row.getString(1), Math.max(0, row.getLong(2)));
                });
        return available;
    }
}
