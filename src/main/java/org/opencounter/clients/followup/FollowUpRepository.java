package org.opencounter.clients.followup;

import java.time.LocalDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long>, JpaSpecificationExecutor<FollowUp> {

    Page<FollowUp> findByClientIdOrderByDueDateDescIdDesc(long clientId, Pageable pageable);

    /** Planned follow-ups due before the day, of one owner (or all, owner null) in a branch (or all, branch null). */
    @Query("""
            select f from FollowUp f where f.status = org.opencounter.clients.followup.FollowUpStatus.PLANNED
            and f.dueDate < :day and (:ownerId is null or f.ownerId = :ownerId)
            and (:branchId is null or f.branchId = :branchId) order by f.dueDate, f.id""")
    Page<FollowUp> findOverdue(LocalDate day, Long ownerId, Long branchId, Pageable pageable);
}
