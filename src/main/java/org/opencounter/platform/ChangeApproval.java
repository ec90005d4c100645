package org.opencounter.platform;

/**
 * The approval handler of a change a module keeps pending until a checker decides it (a permission, a commission
 * rate, a credit line, a questionnaire version): approved, the module carries the change out, and a refusal on the
 * way blocks the decision with its translated reason; rejected, the module marks it so, and one that was decided
 * elsewhere in the meantime stays as it is.
 *
 * @param <P> the request's payload, naming the change
 */
public abstract class ChangeApproval<P> implements ApprovalHandler<P> {

    private final String type;
    private final Class<P> payloadType;
    private final Role approvingRole;

    protected ChangeApproval(String type, Class<P> payloadType, Role approvingRole) {
        this.type = type;
        this.payloadType = payloadType;
        this.approvingRole = approvingRole;
    }

    /** Carries the approved change out, as the checker. */
    protected abstract void apply(P payload, String decidedBy);

    /** Marks the change rejected, as the checker. */
    protected abstract void reject(P payload, String decidedBy);

    @Override
    public final String type() {
        return type;
    }

    @Override
    public final Class<P> payloadType() {
        return payloadType;
    }

    @Override
    public final Role approvingRole() {
        return approvingRole;
    }

    @Override
    public final void approved(P payload, ApprovalDecision decision) {
        try {
            apply(payload, decision.decidedBy());
        } catch (ApprovalBlocked blocked) {
            throw blocked;
        } catch (Refusal refused) {
            throw new ApprovalBlocked(refused.messageKey(), refused.arguments());
        }
    }

    @Override
    public final void rejected(P payload, ApprovalDecision decision) {
        try {
            reject(payload, decision.decidedBy());
        } catch (Refusal alreadyDecided) {
            // a change decided elsewhere stays as it was
        }
    }
}
