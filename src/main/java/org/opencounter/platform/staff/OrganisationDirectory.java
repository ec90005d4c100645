package org.opencounter.platform.staff;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.opencounter.platform.BranchInfo;
import org.opencounter.platform.Organisation;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffMember;
import org.opencounter.platform.branch.Branch;
import org.opencounter.platform.branch.BranchRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers the other modules' questions about branches and staff from the platform's own tables. */
@Service
@Transactional(readOnly = true)
class OrganisationDirectory implements Organisation {

    private final BranchRepository branches;
    private final StaffUserRepository users;

    OrganisationDirectory(BranchRepository branches, StaffUserRepository users) {
        this.branches = branches;
        this.users = users;
    }

    @Override
    public List<BranchInfo> branches() {
        return branches.findAllByOrderByCodeAsc().stream().map(OrganisationDirectory::info).toList();
    }

    @Override
    public Optional<BranchInfo> branch(long id) {
        return branches.findById(id).map(OrganisationDirectory::info);
    }

    @Override
    public Optional<StaffMember> staffMember(long id) {
        return users.findById(id).map(OrganisationDirectory::member);
    }

    @Override
    public List<StaffMember> activeStaff(long branchId, Role role) {
        return users.findActiveInBranchWithRole(branchId, role).stream().map(OrganisationDirectory::member)
                .sorted(Comparator.comparing(StaffMember::displayName)).toList();
    }

    @Override
    public Map<Long, String> displayNames(Collection<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(staffIds).stream()
                .collect(Collectors.toMap(StaffUser::getId, StaffUser::getDisplayName));
    }

    private static BranchInfo info(Branch branch) {
        return new BranchInfo(branch.getId(), branch.getCode(), branch.getName(), branch.getNameEn(),
                branch.isHeadOffice());
    }

    private static StaffMember member(StaffUser user) {
        return new StaffMember(user.getId(), user.getUsername(), user.getDisplayName(), user.getBranch().getId(),
                user.getRoles(), user.getStatus() == StaffStatus.ACTIVE);
    }
}
