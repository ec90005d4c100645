package org.opencounter.clients.client;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SecuritiesAccountRepository extends JpaRepository<SecuritiesAccount, Long> {

    List<SecuritiesAccount> findByClientIdOrderByExchangeAsc(long clientId);
}
