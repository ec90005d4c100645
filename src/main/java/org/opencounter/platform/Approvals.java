package org.opencounter.platform;

/** Submits maker-checker requests; the approver must hold the handler's role and must not be the requester. */
public interface Approvals {

    /** Records a pending request from the signed-in staff member and returns its id. */
    long submit(ApprovalSubmission submission);

    /** Whether a request of this type with this payload is already waiting for a decision. */
    boolean isPending(String type, Object payload);

    /** Approves a request as the signed-in staff member, who must hold its approving role and not have asked. */
    void approve(long id, String note);

    /** Rejects a request as the signed-in staff member, on the same terms as {@link #approve}. */
    void reject(long id, String note);
}
