package org.opencounter.clients;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Clients' money-laundering risk ratings, for compliance: who stands at a level and when their KYC review is due,
 * and a change of rating, which sets the next review from today by the new level's interval.
 */
public interface AmlRatings {

    /** A client's rating and next review. */
    record Rated(long clientId, String name, long branchId, boolean institution, AmlRisk risk,
                 LocalDate nextReview) {

        public boolean reviewOverdueOn(LocalDate today) {
            return today.isAfter(nextReview);
        }
    }

    /** The active clients at the level, the next review due first. */
    Page<Rated> rated(AmlRisk risk, Pageable page);

    Optional<Rated> of(long clientId);

    /** The ratings of these clients, those that exist. */
    List<Rated> ofClients(Collection<Long> clientIds);

    /** Sets the rating, with the reason recorded in the audit trail; the next review follows from the new level. */
    void rate(long clientId, AmlRisk risk, String reason);
}
