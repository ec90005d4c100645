package org.opencounter.clients.prospect;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** The prospect list's filters: owner, stage, source, high-net-worth, within the staff member's branch scope. */
public record ProspectFilter(Long ownerId, ProspectStage stage, ProspectSource source, Boolean highNetWorth) {

    Specification<Prospect> within(Long branchId, java.math.BigDecimal hnwThreshold) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (branchId != null) {
                conditions.add(cb.equal(root.get("branchId"), branchId));
            }
            if (ownerId != null) {
                conditions.add(cb.equal(root.get("ownerId"), ownerId));
            }
            if (stage != null) {
                conditions.add(cb.equal(root.get("stage"), stage));
            }
            if (source != null) {
                conditions.add(cb.equal(root.get("source"), source));
            }
            if (Boolean.TRUE.equals(highNetWorth)) {
                conditions.add(cb.greaterThanOrEqualTo(root.get("estimatedAssets"), hnwThreshold));
            } else if (Boolean.FALSE.equals(highNetWorth)) {
                conditions.add(cb.lessThan(root.get("estimatedAssets"), hnwThreshold));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }
}
