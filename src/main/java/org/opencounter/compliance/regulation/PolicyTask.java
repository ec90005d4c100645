package org.opencounter.compliance.regulation;

import java.time.LocalDate;

/**
 * A policy owner's task opened by a regulation: revise the policy, or record why it needs no change.
 *
 * @param outcome REVISED or NO_CHANGE once done
 */
public record PolicyTask(long id, long regulationId, String regulationTitle, long policyId, String policyCode,
                         String policyTitle, long ownerId, String ownerName, LocalDate dueOn, String status,
                         String outcome, String note) {

    public boolean open() {
        return "OPEN".equals(status);
    }

    public boolean overdueOn(LocalDate today) {
        return open() && today.isAfter(dueOn);
    }
}
