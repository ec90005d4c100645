package org.opencounter.clients.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

/**
 * The client search box: an 18-character ID number, an 11-digit mobile or a 12-digit fund account matches exactly;
 * anything else is the start of a name. Each form is served by an index, so the search stays fast on large books.
 */
public record ClientSearch(String text, ClientStatus status, Long ownerId, Long branchId) {

    public Specification<Client> within(Long scopeBranchId) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            Long branch = scopeBranchId != null ? scopeBranchId : branchId;
            if (branch != null) {
                conditions.add(cb.equal(root.get("branchId"), branch));
            }
            if (status != null) {
                conditions.add(cb.equal(root.get("status"), status));
            }
            if (ownerId != null) {
                conditions.add(cb.equal(root.get("ownerId"), ownerId));
            }
            String q = text == null ? "" : text.strip();
            if (q.matches("[A-Za-z0-9]{18}")) {
                conditions.add(cb.equal(root.get("idNumber"), q.toUpperCase(Locale.ROOT)));
            } else if (q.matches("1[0-9]{10}")) {
                conditions.add(cb.equal(root.get("mobile"), q));
            } else if (q.matches("[0-9]{12}")) {
                Subquery<Long> account = query.subquery(Long.class);
                var fund = account.from(FundAccount.class);
                account.select(fund.get("clientId")).where(cb.equal(fund.get("accountNumber"), q));
                conditions.add(root.get("id").in(account));
            } else if (!q.isEmpty()) {
                conditions.add(cb.like(root.get("name"), escape(q) + "%", '\\'));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
