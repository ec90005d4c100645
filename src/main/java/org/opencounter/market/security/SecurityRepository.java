package org.opencounter.market.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface SecurityRepository extends JpaRepository<Security, String>, JpaSpecificationExecutor<Security> {
}
