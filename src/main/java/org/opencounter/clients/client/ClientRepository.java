package org.opencounter.clients.client;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ClientRepository extends JpaRepository<Client, Long>, JpaSpecificationExecutor<Client> {

    /** The live (not rejected) client holding this identity document, if any. */
    @org.springframework.data.jpa.repository.Query("""
            select c from Client c where c.idType = :idType and c.idNumber = :idNumber
            and c.status <> org.opencounter.clients.client.ClientStatus.REJECTED""")
    Optional<Client> findLive(IdType idType, String idNumber);

    Optional<Client> findByRequestKey(String requestKey);

    /** The client's branch alone, for access checks that need nothing else of the client. */
    @org.springframework.data.jpa.repository.Query("select c.branchId from Client c where c.id = :id")
    Optional<Long> findBranchIdById(long id);

    /** Active clients with approved KYC whose review is due or whose identity document has expired by the day. */
    @org.springframework.data.jpa.repository.Query("""
            select c from Client c where c.status = org.opencounter.clients.client.ClientStatus.ACTIVE
            and c.kycStatus = org.opencounter.clients.client.KycStatus.APPROVED
            and (c.nextKycReview <= :day or c.idExpiry <= :day)""")
    java.util.List<Client> findKycOutdatedOn(java.time.LocalDate day);

    /** Clients of a branch (or all, branch null), of an owner (or any), in a status. */
    @org.springframework.data.jpa.repository.Query("""
            select count(c) from Client c where (:branchId is null or c.branchId = :branchId)
            and (:ownerId is null or c.ownerId = :ownerId) and c.status = :status""")
    long countIn(Long branchId, Long ownerId, ClientStatus status);
}
