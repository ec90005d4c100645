package org.opencounter.platform.staff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import org.opencounter.platform.Role;
import org.springframework.data.jpa.domain.Specification;

/** The admin's staff filter: free text over username, name and employee number, branch, role, status. */
record StaffSearch(String text, Long branchId, Role role, StaffStatus status) {

    Specification<StaffUser> at(Instant now) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
                conditions.add(cb.or(cb.like(cb.lower(root.get("username")), like),
                        cb.like(cb.lower(root.get("displayName")), like),
                        cb.like(cb.lower(root.get("employeeNumber")), like)));
            }
            if (branchId != null) {
                conditions.add(cb.equal(root.get("branch").get("id"), branchId));
            }
            if (role != null) {
                conditions.add(cb.isMember(role, root.get("roles")));
            }
            if (status == StaffStatus.DISABLED) {
                conditions.add(cb.equal(root.get("status"), StaffStatus.DISABLED));
            } else if (status == StaffStatus.LOCKED) {
                conditions.add(cb.equal(root.get("status"), StaffStatus.ACTIVE));
                conditions.add(cb.greaterThan(root.get("lockedUntil"), now));
            } else if (status == StaffStatus.ACTIVE) {
                conditions.add(cb.equal(root.get("status"), StaffStatus.ACTIVE));
                conditions.add(cb.or(cb.isNull(root.get("lockedUntil")), cb.lessThanOrEqualTo(root.get("lockedUntil"), now)));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }
}
