package org.opencounter.clients.client;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BankLinkRepository extends JpaRepository<BankLink, Long> {

    Optional<BankLink> findByClientId(long clientId);
}
