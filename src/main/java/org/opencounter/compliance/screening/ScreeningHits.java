package org.opencounter.compliance.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.opencounter.clients.SanctionsFreeze;
import org.opencounter.compliance.screening.ScreeningSubject.SubjectRole;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Refusal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screening hits officers review (筛查命中): listed by status and list, opened (an audited look), dismissed as
 * a false positive with the reason, or confirmed, which freezes the client's fund account through the clients
 * module in the same transaction.
 */
@Service
@Transactional
public class ScreeningHits {

    private static final String ENTITY = "ScreeningHit";
    private static final String SELECT = """
            select h.*, c.name as client_name, v.version as list_version, e.id as e_id, e.version_id as e_version_id,
                   e.reference as e_reference, e.name as e_name, e.aliases as e_aliases, e.id_number as e_id_number,
                   e.birth as e_birth, e.nationality as e_nationality, e.note as e_note
            from compliance_screening_hit h
            join clients_client c on c.id = h.client_id
            join compliance_watch_list_version v on v.id = h.version_id
            join compliance_watch_list_entry e on e.id = h.entry_id""";

    /** What the list narrows to; null fields do not narrow. */
    public record Filter(String status, WatchListKind kind) {
    }

    private final JdbcClient jdbc;
    private final SanctionsFreeze freezes;
    private final AuditTrail audit;
    private final Clock clock;

    ScreeningHits(JdbcClient jdbc, SanctionsFreeze freezes, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.freezes = freezes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ScreeningHit> page(Filter filter, Pageable page) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (filter.status() != null) {
            where.append(" and h.status = ?");
            params.add(filter.status());
        }
        if (filter.kind() != null) {
            where.append(" and h.kind = ?");
            params.add(filter.kind().name());
        }
        long total = jdbc.sql("select count(*) from compliance_screening_hit h" + where).params(params)
                .query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        List<ScreeningHit> rows = jdbc.sql(SELECT + where + " order by h.score desc, h.id desc limit ? offset ?")
                .params(pageParams).query(ScreeningHits::hit).list();
        return new PageImpl<>(rows, page, total);
    }

    /** The open hits per list, for the chart. */
    @Transactional(readOnly = true)
    public Map<WatchListKind, Long> openByKind() {
        Map<WatchListKind, Long> counts = new EnumMap<>(WatchListKind.class);
        for (WatchListKind kind : WatchListKind.values()) {
            counts.put(kind, 0L);
        }
        jdbc.sql("select kind, count(*) from compliance_screening_hit where status = 'OPEN' group by kind")
                .query(row -> {
                    counts.put(WatchListKind.valueOf(row.getString(1)), row.getLong(2));
                });
        return counts;
    }

    /** A client's hits, the newest first. */
    @Transactional(readOnly = true)
    public List<ScreeningHit> ofClient(long clientId) {
        return jdbc.sql(SELECT + " where h.client_id = ? order by h.id desc").param(clientId)
                .query(ScreeningHits::hit).list();
    }

    /** The hit, its opening recorded in the audit trail. */
    public ScreeningHit open(long id) {
        ScreeningHit hit = find(id);
        audit.record(AuditRecord.view("compliance.screening.hit.view", ENTITY, id));
        return hit;
    }

    @Transactional(readOnly = true)
    public ScreeningHit find(long id) {
        return jdbc.sql(SELECT + " where h.id = ?").param(id).query(ScreeningHits::hit).optional()
                .orElseThrow(() -> new HitNotFound(id));
    }

    /**
     * Dismisses an open hit as a false positive; it is not raised again for the client unless the entry changes.
     *
     * @throws ScreeningRefused without a reason
     */
    public ScreeningHit dismiss(long id, String note) {
        return decide(id, "DISMISSED", note);
    }

    /**
     * Confirms an open hit: the client is the listed person, and the fund account is frozen at once.
     *
     * @throws ScreeningRefused without a reason, or when the clients module cannot freeze the account
     */
    public ScreeningHit confirm(long id, String note) {
        ScreeningHit hit = decide(id, "CONFIRMED", note);
        try {
            freezes.freezeOnListHit(hit.clientId(), "名单筛查命中确认（" + hit.kind() + " " + hit.entry().reference() + "）",
                    "SCREENING-HIT-" + id);
        } catch (Refusal refused) {
            // the decision rolls back with the refusal: a confirmed hit always has its account frozen
            throw new ScreeningRefused(refused.messageKey(), refused.arguments());
        }
        return hit;
    }

    private ScreeningHit decide(long id, String status, String note) {
        if (note == null || note.isBlank()) {
            throw new ScreeningRefused("compliance.screening.reasonRequired");
        }
        ScreeningHit before = find(id);
        if (!before.open()) {
            throw new ScreeningRefused("compliance.screening.decided");
        }
        int changed = jdbc.sql("""
                        update compliance_screening_hit set status = ?, decided_by = ?, decided_at = ?,
                            decision_note = ?
                        where id = ? and status = 'OPEN'""")
                .params(status, CurrentStaff.require().username(), Timestamp.from(clock.instant()), note.strip(), id)
                .update();
        if (changed == 0) {
            throw new ScreeningRefused("compliance.screening.decided");
        }
        audit.record(AuditRecord.change("compliance.screening.hit." + status.toLowerCase(java.util.Locale.ROOT), ENTITY,
                id, Map.of("status", before.status()), Map.of("status", status, "note", note.strip())));
        return find(id);
    }

    private static ScreeningHit hit(ResultSet row, int n) throws SQLException {
        Timestamp decided = row.getTimestamp("decided_at");
        WatchListKind kind = WatchListKind.valueOf(row.getString("kind"));
        ListedEntry entry = ListRecords.entry(row, kind, "e_");
        return new ScreeningHit(row.getLong("id"), row.getLong("client_id"), row.getString("client_name"),
                row.getLong("branch_id"), SubjectRole.valueOf(row.getString("subject_role")),
                row.getString("subject_name"), kind, row.getInt("list_version"), entry, row.getBigDecimal("score"),
                row.getString("matched_name"), Arrays.asList(row.getString("reasons").split(",")),
                row.getString("trigger"), row.getString("status"), row.getTimestamp("raised_at").toInstant(),
                row.getString("decided_by"), decided == null ? null : decided.toInstant(),
                row.getString("decision_note"));
    }
}
