package org.opencounter.platform.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The auditor's search: a time range (Asia/Shanghai days, inclusive), a user, an entity, an action. */
public record AuditQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         String username, String entityType, String entityId, String action) {

    static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
