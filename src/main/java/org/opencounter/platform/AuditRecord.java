package org.opencounter.platform;

/**
 * One fact for the audit trail. Who, where, when, the IP address and the request id are filled in by {@link AuditTrail}.
 *
 * @param before the state before a change (any object serialisable to JSON), or null
 * @param after  the state after a change, or null
 */
public record AuditRecord(String action, String entityType, String entityId, Object before, Object after,
                          AuditOutcome outcome, String detail, String username) {

    public static AuditRecord change(String action, String entityType, Object entityId, Object before, Object after) {
        return new AuditRecord(action, entityType, String.valueOf(entityId), before, after, AuditOutcome.SUCCESS,
                null, null);
    }

    public static AuditRecord view(String action, String entityType, Object entityId) {
        return new AuditRecord(action, entityType, String.valueOf(entityId), null, null, AuditOutcome.SUCCESS, null,
                null);
    }

    /** An event about a user who may not be signed in (failed logins, lockouts). */
    public static AuditRecord forUser(String action, String username, AuditOutcome outcome, String detail) {
        return new AuditRecord(action, "StaffUser", username, null, null, outcome, detail, username);
    }

    /** The same fact, done by someone other than the signed-in staff member (the system acting on an event). */
    public AuditRecord by(String actor) {
        return new AuditRecord(action, entityType, entityId, before, after, outcome, detail, actor);
    }

    public AuditRecord withOutcome(AuditOutcome newOutcome, String newDetail) {
        return new AuditRecord(action, entityType, entityId, before, after, newOutcome, newDetail, username);
    }
}
