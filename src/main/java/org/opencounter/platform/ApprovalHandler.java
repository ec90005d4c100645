package org.opencounter.platform;

/**
 * What a module does when one of its maker-checker requests is decided. A module registers one bean per request type.
 *
 * @param <P> the request's payload, stored as JSON
 */
public interface ApprovalHandler<P> {

    /** The request type this handler owns, e.g. {@code platform.grant-role}. */
    String type();

    Class<P> payloadType();

    /** Who may decide requests of this type (never the requester). */
    Role approvingRole();

    /** Carries out the approved request, inside the approval's transaction. */
    void approved(P payload, ApprovalDecision decision);

    /** Reacts to a rejection or expiry; nothing by default. */
    default void rejected(P payload, ApprovalDecision decision) {
    }
}
