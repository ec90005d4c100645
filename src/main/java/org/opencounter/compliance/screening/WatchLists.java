package org.opencounter.compliance.screening;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The watch lists (名单): each import of a list's file is a new version that replaces the active one, and every
 * client is screened against it at once, in the same transaction: a list is in force only with its screening done.
 */
@Service
@Transactional
public class WatchLists {

    static final BigDecimal LOWEST_THRESHOLD = new BigDecimal("0.70");
    static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.88");
    private static final String ENTITY = "WatchList";

    private final JdbcClient jdbc;
    private final JdbcTemplate batchJdbc;
    private final ListRecords records;
    private final ClientScreening screening;
    private final AuditTrail audit;
    private final Clock clock;

    WatchLists(JdbcClient jdbc, JdbcTemplate batchJdbc, ListRecords records, ClientScreening screening,
               AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.records = records;
        this.screening = screening;
        this.audit = audit;
        this.clock = clock;
    }

    /** The similarity a name must reach unless the officer sets another. */
    public static BigDecimal defaultThreshold() {
        return DEFAULT_THRESHOLD;
    }

    /**
     * Imports a list's file as its new version and screens every client against it. A file with any bad line is
     * refused whole; the same form sent twice imports once.
     *
     * @throws ScreeningRefused for a threshold outside 0.70 to 1.00
     */
    public ListImport importVersion(WatchListKind kind, String sourceName, byte[] content, BigDecimal threshold,
                                    String requestKey) {
        Optional<WatchListVersion> earlier = jdbc.sql(
                        "select * from compliance_watch_list_version where request_key = ?")
                .param(requestKey).query(ListRecords::version).optional();
        if (earlier.isPresent()) {
            return new ListImport(earlier.get(), List.of(), true);
        }
        if (threshold == null || threshold.compareTo(LOWEST_THRESHOLD) < 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
            throw new ScreeningRefused("compliance.list.threshold.range", LOWEST_THRESHOLD, BigDecimal.ONE);
        }
        WatchListFile.Read read = WatchListFile.read(content == null ? new byte[0] : content);
        if (!read.problems().isEmpty()) {
            return new ListImport(null, read.problems(), false);
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext('compliance_watch_list:' || ?))").param(kind.name())
                .query((row, n) -> null).list();
        jdbc.sql("update compliance_watch_list_version set status = 'SUPERSEDED' where kind = ? and status = 'ACTIVE'")
                .param(kind.name()).update();
        long id = jdbc.sql("""
                        insert into compliance_watch_list_version (kind, version, status, source_name, threshold,
                            entries, request_key, imported_by, imported_at)
                        values (?, (select coalesce(max(version), 0) + 1 from compliance_watch_list_version
                                    where kind = ?),
                            'ACTIVE', ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(kind.name(), kind.name(), limit(sourceName, 200), threshold.setScale(2), read.rows().size(),
                        requestKey, CurrentStaff.require().username(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        saveEntries(id, read.rows());
        ClientScreening.Outcome outcome = screening.screenAll(id);
        jdbc.sql("update compliance_watch_list_version set screened_names = ?, hits = ? where id = ?")
                .params(outcome.screenedNames(), outcome.hits(), id).update();
        WatchListVersion version = find(id);
        audit.record(AuditRecord.change("compliance.list.import", ENTITY, id, null, Map.of("kind", kind.name(),
                "version", version.version(), "entries", version.entries(), "threshold", version.threshold(),
                "hits", outcome.hits())));
        return new ListImport(version, List.of(), false);
    }

    private void saveEntries(long versionId, List<WatchListFile.Row> rows) {
        List<Object[]> batch = new ArrayList<>();
        for (WatchListFile.Row row : rows) {
            batch.add(new Object[] {versionId, row.reference(), row.name(), row.aliases(), row.idNumber(),
                    row.birth() == null ? null : row.birth().toString(), row.nationality(), row.note()});
        }
        batchJdbc.batchUpdate("""
                insert into compliance_watch_list_entry (version_id, reference, name, aliases, id_number, birth,
                    nationality, note) values (?, ?, ?, ?, ?, ?, ?, ?)""", batch);
    }

    /** The active version of each list that has one. */
    @Transactional(readOnly = true)
    public Map<WatchListKind, WatchListVersion> active() {
        Map<WatchListKind, WatchListVersion> active = new EnumMap<>(WatchListKind.class);
        records.active().forEach(version -> active.put(version.kind(), version));
        return active;
    }

    /** Every version of the lists, the newest first. */
    @Transactional(readOnly = true)
    public Page<WatchListVersion> versions(Pageable page) {
        long total = jdbc.sql("select count(*) from compliance_watch_list_version").query(Long.class).single();
        List<WatchListVersion> rows = jdbc.sql("""
                        select * from compliance_watch_list_version order by imported_at desc, id desc
                        limit ? offset ?""")
                .params(page.getPageSize(), page.getOffset()).query(ListRecords::version).list();
        return new PageImpl<>(rows, page, total);
    }

    @Transactional(readOnly = true)
    public WatchListVersion find(long id) {
        return records.version(id);
    }

    /** A version's entries in name order, narrowed to those whose name, alias or reference holds the text. */
    @Transactional(readOnly = true)
    public Page<ListedEntry> entries(long versionId, String text, Pageable page) {
        WatchListVersion version = find(versionId);
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        String where = " where version_id = ? and (lower(name) like ? or lower(coalesce(aliases, '')) like ?"
                + " or lower(reference) like ?)";
        long total = jdbc.sql("select count(*) from compliance_watch_list_entry" + where)
                .params(versionId, like, like, like).query(Long.class).single();
        List<ListedEntry> rows = jdbc.sql("select " + ListRecords.ENTRY_COLUMNS + " from compliance_watch_list_entry"
                        + where
                        + " order by name, id limit ? offset ?")
                .params(versionId, like, like, like, page.getPageSize(), page.getOffset())
                .query((row, n) -> ListRecords.entry(row, version.kind())).list();
        return new PageImpl<>(rows, page, total);
    }

    private static String limit(String text, int length) {
        String value = text == null || text.isBlank() ? "-" : text.strip();
        return value.length() > length ? value.substring(0, length) : value;
    }
}
