package org.opencounter.clients.prospect;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ProspectRepository extends JpaRepository<Prospect, Long>, JpaSpecificationExecutor<Prospect> {

    /** Count and estimated assets per stage, for one branch or (branch null) the firm. */
    @Query("""
            select new org.opencounter.clients.prospect.PipelineStage(p.stage, count(p), coalesce(sum(p.estimatedAssets), 0))
            from Prospect p where (:branchId is null or p.branchId = :branchId) group by p.stage""")
    List<PipelineStage> pipeline(Long branchId);

    /** Prospects still in play (lead, contacted, qualified) of a branch and owner, either null for all. */
    @Query("""
            select count(p) from Prospect p where (:branchId is null or p.branchId = :branchId)
            and (:ownerId is null or p.ownerId = :ownerId)
            and p.stage in (org.opencounter.clients.prospect.ProspectStage.LEAD,
                org.opencounter.clients.prospect.ProspectStage.CONTACTED,
                org.opencounter.clients.prospect.ProspectStage.QUALIFIED)""")
    long countOpen(Long branchId, Long ownerId);

}
