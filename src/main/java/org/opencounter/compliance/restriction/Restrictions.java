package org.opencounter.compliance.restriction;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.market.Instrument;
import org.opencounter.market.Securities;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The restricted and watch lists: an officer adds a security with the reason and the days it covers, and lifts it
 * early with a reason; nothing is deleted, so the list as it stood on any day can be shown.
 */
@Service
@Transactional
public class Restrictions {

    static final String ENTITY = "Restriction";
    private static final String SELECT = """
            select r.*, s.name as security_name from compliance_restricted_security r
            left join market_security s on s.code = r.security_code""";

    /** An entry to add, as the form sends it. */
    public record Entry(RestrictionList list, String securityCode, RestrictionScope scope, String reason,
                        LocalDate effectiveFrom, LocalDate effectiveTo, String requestKey) {
    }

    private final JdbcClient jdbc;
    private final Securities securities;
    private final RestrictedCodes codes;
    private final AuditTrail audit;
    private final Clock clock;

    Restrictions(JdbcClient jdbc, Securities securities, RestrictedCodes codes, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.securities = securities;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds the entry; the same form sent again adds nothing and answers the entry it added.
     *
     * @throws RestrictionRefused naming the field: an unknown security, no reason, no first day, a last day before it
     */
    public long add(Entry entry) {
        Optional<Long> earlier = jdbc.sql("select id from compliance_restricted_security where request_key = ?")
                .param(entry.requestKey()).query(Long.class).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instrument security = ListedSecurity.of(securities, entry.securityCode());
        if (entry.list() == null) {
            throw new RestrictionRefused("list", "compliance.restriction.listRequired");
        }
        if (entry.reason() == null || entry.reason().isBlank()) {
            throw new RestrictionRefused("reason", "compliance.restriction.reasonRequired");
        }
        if (entry.effectiveFrom() == null) {
            throw new RestrictionRefused("effectiveFrom", "compliance.restriction.fromRequired");
        }
        if (entry.effectiveTo() != null && entry.effectiveTo().isBefore(entry.effectiveFrom())) {
            throw new RestrictionRefused("effectiveTo", "compliance.restriction.toBeforeFrom");
        }
        RestrictionScope scope = entry.scope() == null ? RestrictionScope.STAFF : entry.scope();
        long id = jdbc.sql("""
                        insert into compliance_restricted_security (list, security_code, scope, reason, effective_from,
                            effective_to, request_key, added_by, added_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(entry.list().name(), security.code(), scope.name(), ListedSecurity.limit(entry.reason(), 500),
                        Date.valueOf(entry.effectiveFrom()),
                        entry.effectiveTo() == null ? null : Date.valueOf(entry.effectiveTo()), entry.requestKey(),
                        CurrentStaff.require().username(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        codes.changed();
        audit.record(AuditRecord.change("compliance.restriction.add", ENTITY, id, null, Map.of("list",
                entry.list().name(), "security", security.code(), "scope", scope.name(), "from",
                entry.effectiveFrom().toString())));
        return id;
    }

    /**
     * Lifts an entry before its last day, with the reason; one lifted before stays as it was.
     *
     * @throws RestrictionRefused without a reason
     */
    public Restriction lift(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RestrictionRefused("liftReason", "compliance.restriction.liftReasonRequired");
        }
        find(id);
        int changed = jdbc.sql("""
                        update compliance_restricted_security set lifted_by = ?, lifted_at = ?, lift_reason = ?
                        where id = ? and lifted_at is null""")
                .params(CurrentStaff.require().username(), Timestamp.from(clock.instant()),
                        ListedSecurity.limit(reason, 500), id).update();
        if (changed == 1) {
            codes.changed();
            audit.record(AuditRecord.change("compliance.restriction.lift", ENTITY, id, Map.of("lifted", false),
                    Map.of("lifted", true, "reason", reason.strip())));
        }
        return find(id);
    }

    /** The entries, the newest first; with currentOnly, only those in force on the day or still to come. */
    @Transactional(readOnly = true)
    public Page<Restriction> page(RestrictionList list, boolean currentOnly, LocalDate today, Pageable page) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (list != null) {
            where.append(" and r.list = ?");
            params.add(list.name());
        }
        if (currentOnly) {
            where.append(" and r.lifted_at is null and (r.effective_to is null or r.effective_to >= ?)");
            params.add(Date.valueOf(today));
        }
        long total = jdbc.sql("select count(*) from compliance_restricted_security r" + where).params(params)
                .query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        List<Restriction> rows = jdbc.sql(SELECT + where + " order by r.added_at desc, r.id desc limit ? offset ?")
                .params(pageParams).query(Restrictions::restriction).list();
        return new PageImpl<>(rows, page, total);
    }

    /** The restricted-list entries in force on the day for the security. */
    @Transactional(readOnly = true)
    public List<Restriction> inForce(String securityCode, LocalDate day) {
        return jdbc.sql(SELECT + " " + """
                         where r.security_code = ? and r.list = 'RESTRICTED' and r.lifted_at is null
                            and r.effective_from <= ? and (r.effective_to is null or r.effective_to >= ?)
                        order by r.id""")
                .params(securityCode, Date.valueOf(day), Date.valueOf(day)).query(Restrictions::restriction).list();
    }

    @Transactional(readOnly = true)
    public Restriction find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(Restrictions::restriction).optional()
                .orElseThrow(() -> new RestrictionNotFound(id));
    }

    private static Restriction restriction(ResultSet row, int n) throws SQLException {
        Date to = row.getDate("effective_to");
        Timestamp lifted = row.getTimestamp("lifted_at");
        return new Restriction(row.getLong("id"), RestrictionList.valueOf(row.getString("list")),
                row.getString("security_code"), row.getString("security_name"),
                RestrictionScope.valueOf(row.getString("scope")), row.getString("reason"),
                row.getDate("effective_from").toLocalDate(), to == null ? null : to.toLocalDate(),
                row.getString("added_by"), row.getTimestamp("added_at").toInstant(), row.getString("lifted_by"),
                lifted == null ? null : lifted.toInstant(), row.getString("lift_reason"));
    }
}
