package org.opencounter.compliance.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the watch lists' versions and entries, for the lists' pages and for screening. */
@Component
class ListRecords {

    static final String ENTRY_COLUMNS = "id, version_id, reference, name, aliases, id_number, birth, nationality, note";

    private final JdbcClient jdbc;

    ListRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WatchListVersion version(long id) {
        return jdbc.sql("select * from compliance_watch_list_version where id = ?").param(id)
                .query(ListRecords::version).optional().orElseThrow(() -> new ListNotFound(id));
    }

    /** The version of each list in force. */
    List<WatchListVersion> active() {
        return jdbc.sql("select * from compliance_watch_list_version where status = 'ACTIVE' order by kind")
                .query(ListRecords::version).list();
    }

    /** Every entry of a version. */
    List<ListedEntry> entries(WatchListVersion version) {
        return jdbc.sql("select " + ENTRY_COLUMNS
                        + " from compliance_watch_list_entry where version_id = ? order by id")
                .param(version.id()).query((row, n) -> entry(row, version.kind())).list();
    }

    static ListedEntry entry(ResultSet row, WatchListKind kind) throws SQLException {
        return entry(row, kind, "");
    }

    /** An entry from columns named with the prefix (a query that joins entries to what names them). */
    static ListedEntry entry(ResultSet row, WatchListKind kind, String prefix) throws SQLException {
        String birth = row.getString(prefix + "birth");
        return new ListedEntry(row.getLong(prefix + "id"), row.getLong(prefix + "version_id"), kind,
                row.getString(prefix + "reference"), row.getString(prefix + "name"), row.getString(prefix + "aliases"),
                row.getString(prefix + "id_number"), birth == null ? null : ListedBirth.parse(birth).orElse(null),
                row.getString(prefix + "nationality"), row.getString(prefix + "note"));
    }

    static WatchListVersion version(ResultSet row, int n) throws SQLException {
        return new WatchListVersion(row.getLong("id"), WatchListKind.valueOf(row.getString("kind")),
                row.getInt("version"), row.getString("status"), row.getString("source_name"),
                row.getBigDecimal("threshold"), row.getInt("entries"), row.getString("imported_by"),
                row.getTimestamp("imported_at").toInstant(), row.getInt("screened_names"), row.getInt("hits"));
    }
}
