package org.opencounter.platform.staff;

import java.time.Instant;
import java.util.Optional;

import org.opencounter.platform.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StaffUserRepository extends JpaRepository<StaffUser, Long>, JpaSpecificationExecutor<StaffUser> {

    Optional<StaffUser> findByUsername(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByEmployeeNumber(String employeeNumber);

    boolean existsByEmployeeNumberAndIdNot(String employeeNumber, Long id);

    @Query("select count(u) from StaffUser u where u.status = org.opencounter.platform.staff.StaffStatus.ACTIVE and u.lockedUntil > :now")
    long countLocked(@Param("now") Instant now);

    @Query("select count(u) from StaffUser u where u.status = org.opencounter.platform.staff.StaffStatus.ACTIVE")
    long countActive();

    @Query("select distinct u from StaffUser u join u.roles r where u.branch.id = :branchId and r = :role and u.status = org.opencounter.platform.staff.StaffStatus.ACTIVE")
    java.util.List<StaffUser> findActiveInBranchWithRole(@Param("branchId") long branchId, @Param("role") Role role);

    @Query("select count(distinct u) from StaffUser u join u.roles r where r = :role and u.status = org.opencounter.platform.staff.StaffStatus.ACTIVE")
    long countActiveWithRole(@Param("role") Role role);
}
