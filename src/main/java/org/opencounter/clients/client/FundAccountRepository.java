package org.opencounter.clients.client;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FundAccountRepository extends JpaRepository<FundAccount, Long> {

    Optional<FundAccount> findByClientId(long clientId);

    java.util.List<FundAccount> findByClientIdIn(java.util.Collection<Long> clientIds);

    Optional<FundAccount> findByAccountNumber(String accountNumber);

    @org.springframework.data.jpa.repository.Query("""
            select a from FundAccount a where a.status = org.opencounter.clients.client.FundAccountStatus.ACTIVE
            and a.lastActivityAt < :cutoff""")
    java.util.List<FundAccount> findActiveIdleSince(java.time.Instant cutoff);

    /** The client's fund account, locked (SELECT ... FOR UPDATE) until the transaction ends. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select a from FundAccount a where a.clientId = :clientId")
    Optional<FundAccount> lockByClientId(long clientId);
}
