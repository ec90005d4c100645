package org.opencounter.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail for auditors and compliance officers: search with paging, and a streamed export. */
@Component
class AuditLog {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Page<AuditEntry> search(AuditQuery query, Pageable pageable) {
        Filter filter = Filter.of(query);
        long total = jdbc.sql("select count(*) from platform_audit_event" + filter.where)
                .params(filter.params).query(Long.class).single();
        Map<String, Object> params = new HashMap<>(filter.params);
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<AuditEntry> rows = jdbc.sql("select * from platform_audit_event" + filter.where
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params).query(AuditLog::entry).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Hands every matching entry, newest first, to the consumer without loading them all at once. */
    @Transactional(readOnly = true)
    void forEach(AuditQuery query, Consumer<AuditEntry> consumer) {
        Filter filter = Filter.of(query);
        try (var rows = jdbc.sql("select * from platform_audit_event" + filter.where
                + " order by occurred_at desc, id desc").params(filter.params).query(AuditLog::entry).stream()) {
            rows.forEach(consumer);
        }
    }

    private static AuditEntry entry(ResultSet row, int number) throws SQLException {
        return new AuditEntry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(),
                row.getString("username"), row.getString("branch_code"), row.getString("action"),
                row.getString("entity_type"), row.getString("entity_id"), row.getString("before_state"),
                row.getString("after_state"), row.getString("ip_address"), row.getString("request_id"),
                row.getString("outcome"), row.getString("detail"));
    }

    private record Filter(String where, Map<String, Object> params) {

        static Filter of(AuditQuery query) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            if (query.from() != null) {
                conditions.add("occurred_at >= :from");
                params.put("from", Timestamp.from(query.from().atStartOfDay(SHANGHAI).toInstant()));
            }
            if (query.to() != null) {
                conditions.add("occurred_at < :to");
                params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(SHANGHAI).toInstant()));
            }
            add(conditions, params, "username", query.username());
            add(conditions, params, "entity_type", query.entityType());
            add(conditions, params, "entity_id", query.entityId());
            if (query.action() != null && !query.action().isBlank()) {
                conditions.add("action like :action");
                params.put("action", query.action().strip() + "%");
            }
            String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            return new Filter(where, params);
        }

        private static void add(List<String> conditions, Map<String, Object> params, String column, String value) {
            if (value != null && !value.isBlank()) {
                conditions.add(column + " = :" + column);
                params.put(column, value.strip());
            }
        }
    }
}
