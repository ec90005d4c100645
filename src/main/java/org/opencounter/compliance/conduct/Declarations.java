package org.opencounter.compliance.conduct;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opencounter.market.TradingCalendar;
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
 * Gifts and outside activities (礼品与兼职申报): staff declare their own; a gift below the review line is only
 * recorded, others and every outside activity wait for a compliance officer, who approves or rejects with a note and
 * never decides their own.
 */
@Service
@Transactional
public class Declarations {

    private static final Set<String> COUNTERPARTIES = Set.of("CLIENT", "ISSUER", "VENDOR", "REGULATOR", "OTHER");
    private static final String GIFTS = """
            select 'GIFT' as kind, g.id, g.staff_id, u.display_name, b.code, g.counterparty as title,
                   g.description as detail, g.direction, g.counterparty_kind as qualifier, g.value,
                   g.occurred_on as from_day, cast(null as date) as to_day, g.status, g.declared_at, g.decided_by,
                   g.decision_note
            from compliance_gift g join platform_staff_user u on u.id = g.staff_id
            join platform_branch b on b.id = u.branch_id""";
    private static final String ACTIVITIES = """
            select 'ACTIVITY' as kind, a.id, a.staff_id, u.display_name, b.code, a.organisation as title,
                   a.role as detail, cast(null as varchar) as direction,
                   case when a.paid then 'PAID' else 'UNPAID' end as qualifier, cast(null as numeric) as value,
                   a.started_on as from_day, a.ended_on as to_day, a.status, a.declared_at, a.decided_by,
                   a.decision_note
            from compliance_outside_activity a join platform_staff_user u on u.id = a.staff_id
            join platform_branch b on b.id = u.branch_id""";

    private final JdbcClient jdbc;
    private final TradingCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    Declarations(JdbcClient jdbc, TradingCalendar calendar, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Declares a gift given or received; the same form sent twice declares once.
     *
     * @throws ConductRefused naming the field
     */
    public void declareGift(String direction, String counterparty, String counterpartyKind, String description,
                            BigDecimal value, LocalDate occurredOn, String requestKey) {
        if (!"RECEIVED".equals(direction) && !"GIVEN".equals(direction)) {
            throw new ConductRefused("direction", "compliance.gift.directionRequired");
        }
        text("counterparty", counterparty, 100);
        if (!COUNTERPARTIES.contains(counterpartyKind)) {
            throw new ConductRefused("counterpartyKind", "compliance.gift.counterpartyKindRequired");
        }
        text("description", description, 200);
        if (value == null || value.signum() < 0 || value.scale() > 2) {
            throw new ConductRefused("value", "compliance.gift.valueInvalid");
        }
        past("occurredOn", occurredOn);
        String status = GiftRule.needsReview(value, counterpartyKind) ? "PENDING" : "RECORDED";
        int declared = jdbc.sql("""
                        insert into compliance_gift (staff_id, direction, counterparty, counterparty_kind, description,
                            value, occurred_on, status, request_key, declared_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (request_key) do nothing""")
                .params(CurrentStaff.require().id(), direction, counterparty.strip(), counterpartyKind,
                        description.strip(), value, Date.valueOf(occurredOn), status, requestKey,
                        Timestamp.from(clock.instant())).update();
        if (declared == 1) {
            audit.record(AuditRecord.change("compliance.gift.declare", "Gift", requestKey, null,
                    Map.of("value", value, "status", status)));
        }
    }

    /**
     * Declares an outside activity, which waits for compliance; the same form sent twice declares once.
     *
     * @throws ConductRefused naming the field
     */
    public void declareActivity(String organisation, String role, boolean paid, LocalDate startedOn,
                                LocalDate endedOn, String requestKey) {
        text("organisation", organisation, 100);
        text("role", role, 100);
        if (startedOn == null) {
            throw new ConductRefused("startedOn", "compliance.activity.startRequired");
        }
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            throw new ConductRefused("endedOn", "compliance.activity.endBeforeStart");
        }
        int declared = jdbc.sql("""
                        insert into compliance_outside_activity (staff_id, organisation, role, paid, started_on,
                            ended_on,
                            status, request_key, declared_at)
                        values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) on conflict (request_key) do nothing""")
                .params(CurrentStaff.require().id(), organisation.strip(), role.strip(), paid, Date.valueOf(startedOn),
                        endedOn == null ? null : Date.valueOf(endedOn), requestKey, Timestamp.from(clock.instant()))
                .update();
        if (declared == 1) {
            audit.record(AuditRecord.change("compliance.activity.declare", "OutsideActivity", requestKey, null,
                    Map.of("organisation", organisation.strip(), "paid", paid)));
        }
    }

    /** The signed-in staff member's own declarations, the latest first. */
    @Transactional(readOnly = true)
    public List<Declaration> mine() {
        long me = CurrentStaff.require().id();
        return jdbc.sql("select * from (" + GIFTS + " union all " + ACTIVITIES + ") d where d.staff_id = ?"
                + " order by d.declared_at desc, d.id desc").param(me).query(Declarations::declaration).list();
    }

    /** The declarations waiting for compliance, the oldest first. */
    @Transactional(readOnly = true)
    public Page<Declaration> pending(Pageable page) {
        return page("d.status = 'PENDING'", "d.declared_at, d.id", page);
    }

    /** The declarations decided or recorded, the latest first: the register. */
    @Transactional(readOnly = true)
    public Page<Declaration> register(Pageable page) {
        return page("d.status <> 'PENDING'", "d.declared_at desc, d.id desc", page);
    }

    private Page<Declaration> page(String condition, String order, Pageable page) {
        String all = "select * from (" + GIFTS + " union all " + ACTIVITIES + ") d where " + condition;
        long total = jdbc.sql("select count(*) from (" + all + ") counted").query(Long.class).single();
        List<Declaration> rows = jdbc.sql(all + " order by " + order + " limit ? offset ?")
                .params(page.getPageSize(), page.getOffset()).query(Declarations::declaration).list();
        return new PageImpl<>(rows, page, total);
    }

    /**
     * Approves or rejects a pending declaration with a note.
     *
     * @throws ConductRefused without a note, for one's own declaration, or one decided already
     */
    public void decide(String kind, long id, boolean approve, String note) {
        String table = "GIFT".equals(kind) ? "compliance_gift" : "compliance_outside_activity";
        if (note == null || note.isBlank()) {
            throw new ConductRefused("note", "compliance.declaration.noteRequired");
        }
        Long declarer = jdbc.sql("select staff_id from " + table + " where id = ?").param(id).query(Long.class)
                .optional().orElseThrow(() -> new ConductNotFound(kind.toLowerCase(java.util.Locale.ROOT), id));
        if (declarer == CurrentStaff.require().id()) {
            throw new ConductRefused(null, "compliance.declaration.ownDeclaration");
        }
        String status = approve ? "APPROVED" : "REJECTED";
        if (jdbc.sql("update " + table + " set status = ?, decided_by = ?, decided_at = ?, decision_note = ?"
                        + " where id = ? and status = 'PENDING'")
                .params(status, CurrentStaff.require().username(), Timestamp.from(clock.instant()), note.strip(), id)
                .update() != 1) {
            throw new ConductRefused(null, "compliance.declaration.decided");
        }
        audit.record(AuditRecord.change("compliance.declaration.decide", kind, id, Map.of("status", "PENDING"),
                Map.of("status", status, "note", note.strip())));
    }

    private void past(String field, LocalDate day) {
        if (day == null || day.isAfter(calendar.today())) {
            throw new ConductRefused(field, "compliance.gift.dayInvalid");
        }
    }

    private static void text(String field, String value, int length) {
        if (value == null || value.isBlank()) {
            throw new ConductRefused(field, "compliance.declaration." + field + "Required");
        }
        if (value.strip().length() > length) {
            throw new ConductRefused(field, "compliance.declaration.tooLong", length);
        }
    }

    private static Declaration declaration(ResultSet row, int n) throws SQLException {
        Date to = row.getDate("to_day");
        return new Declaration(row.getLong("id"), row.getString("kind"), row.getLong("staff_id"),
                row.getString("display_name"), row.getString("code"), row.getString("title"),
                row.getString("detail"), row.getString("direction"), row.getString("qualifier"),
                row.getBigDecimal("value"), row.getDate("from_day").toLocalDate(),
                to == null ? null : to.toLocalDate(), row.getString("status"),
                row.getTimestamp("declared_at").toInstant(), row.getString("decided_by"),
                row.getString("decision_note"));
    }
}
