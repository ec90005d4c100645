package org.opencounter.platform.branch;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BranchRepository extends JpaRepository<Branch, Long> {

    Optional<Branch> findByCode(String code);

    boolean existsByCode(String code);

    List<Branch> findAllByOrderByCodeAsc();

    Optional<Branch> findFirstByHeadOfficeTrueOrderByIdAsc();
}
