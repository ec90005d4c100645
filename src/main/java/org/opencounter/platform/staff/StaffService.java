package org.opencounter.platform.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.opencounter.platform.ApprovalSubmission;
import org.opencounter.platform.Approvals;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Role;
import org.opencounter.platform.branch.Branch;
import org.opencounter.platform.branch.BranchRepository;
import org.opencounter.platform.web.PlatformProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every change to a staff account: each one audited, privileged roles only through maker-checker. */
@Service
public class StaffService {

    private static final String ENTITY = "StaffUser";

    private final StaffUserRepository users;
    private final BranchRepository branches;
    private final PasswordEncoder encoder;
    private final PasswordHistory history;
    private final StaffSessions sessions;
    private final Approvals approvals;
    private final AuditTrail audit;
    private final PlatformProperties properties;
    private final Clock clock;

    StaffService(StaffUserRepository users, BranchRepository branches, PasswordEncoder encoder,
                 PasswordHistory history, StaffSessions sessions, Approvals approvals, AuditTrail audit,
                 PlatformProperties properties, Clock clock) {
        this.users = users;
        this.branches = branches;
        this.encoder = encoder;
        this.history = history;
        this.sessions = sessions;
        this.approvals = approvals;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates the account with a temporary password, returned once so the admin can hand it over. */
    @Transactional
    public CreatedStaff create(StaffForm form) {
        if (users.existsByUsernameIgnoreCase(form.getUsername())) {
            throw new StaffRuleViolation("username", "platform.staff.username.taken");
        }
        if (users.existsByEmployeeNumber(form.getEmployeeNumber().strip())) {
            throw new StaffRuleViolation("employeeNumber", "platform.staff.employeeNumber.taken");
        }
        Instant now = clock.instant();
        String temporary = TemporaryPassword.generate();
        String hash = encoder.encode(temporary);
        StaffUser user = new StaffUser(form.getUsername(), form.profile(), branch(form.getBranchId()), hash, now);
        user.assignRoles(form.getRoles(), now);
        users.saveAndFlush(user);
        history.remember(user.getId(), hash, now);
        audit.record(AuditRecord.change("platform.staff.create", ENTITY, user.getId(), null, StaffSnapshot.of(user)));
        List<Role> pending = requestPrivilegedRoles(user, form.getRoles(), form.getApprovalReason());
        return new CreatedStaff(user.getId(), temporary, pending);
    }

    /** Updates profile, branch and roles; answers the privileged roles now waiting for approval. */
    @Transactional
    public List<Role> update(long id, StaffForm form) {
        StaffUser user = find(id);
        if (users.existsByEmployeeNumberAndIdNot(form.getEmployeeNumber().strip(), id)) {
            throw new StaffRuleViolation("employeeNumber", "platform.staff.employeeNumber.taken");
        }
        if (isSelf(user) && user.getRoles().contains(Role.ADMIN) && !form.getRoles().contains(Role.ADMIN)) {
            throw new StaffRuleViolation("roles", "platform.staff.cannotDropOwnAdmin");
        }
        StaffSnapshot before = StaffSnapshot.of(user);
        Instant now = clock.instant();
        user.update(form.profile(), branch(form.getBranchId()), now);
        user.assignRoles(form.getRoles(), now);
        audit.record(AuditRecord.change("platform.staff.update", ENTITY, id, before, StaffSnapshot.of(user)));
        return requestPrivilegedRoles(user, form.getRoles(), form.getApprovalReason());
    }

    /** Disables the account and signs it out everywhere; the account and its history stay. */
    @Transactional
    public void disable(long id) {
        StaffUser user = find(id);
        if (isSelf(user)) {
            throw new StaffRuleViolation(null, "platform.staff.cannotDisableSelf");
        }
        StaffSnapshot before = StaffSnapshot.of(user);
        user.disable(clock.instant());
        int ended = sessions.endAll(user.getUsername());
        audit.record(new AuditRecord("platform.staff.disable", ENTITY, String.valueOf(id), before,
                StaffSnapshot.of(user), org.opencounter.platform.AuditOutcome.SUCCESS,
                "sessions ended: " + ended, null));
    }

    @Transactional
    public void enable(long id) {
        StaffUser user = find(id);
        StaffSnapshot before = StaffSnapshot.of(user);
        user.enable(clock.instant());
        audit.record(AuditRecord.change("platform.staff.enable", ENTITY, id, before, StaffSnapshot.of(user)));
    }

    @Transactional
    public void unlock(long id) {
        StaffUser user = find(id);
        user.unlock(clock.instant());
        audit.record(AuditRecord.change("platform.staff.unlock", ENTITY, id, null, null));
    }

    /** Sets a new temporary password, shown once; the user must change it at the next login. */
    @Transactional
    public String resetPassword(long id) {
        StaffUser user = find(id);
        Instant now = clock.instant();
        String temporary = TemporaryPassword.generate();
        String hash = encoder.encode(temporary);
        user.resetPassword(hash, now);
        history.remember(id, hash, now);
        sessions.endAll(user.getUsername());
        audit.record(AuditRecord.change("platform.staff.reset-password", ENTITY, id, null, null));
        return temporary;
    }

    /** The user's own change of password, checked against the policy and the recent history. */
    @Transactional
    public String changeOwnPassword(String username, String current, String proposed) {
        StaffUser user = users.findByUsername(username).orElseThrow();
        if (!encoder.matches(current, user.getPasswordHash())) {
            throw new StaffRuleViolation("currentPassword", "platform.password.currentWrong");
        }
        List<String> violations = PasswordPolicy.violations(username, proposed);
        if (!violations.isEmpty()) {
            throw new StaffRuleViolation("newPassword", violations.get(0));
        }
        if (history.isRecent(user.getId(), proposed, properties.passwordHistory())) {
            throw new StaffRuleViolation("newPassword", "platform.password.recentlyUsed");
        }
        Instant now = clock.instant();
        String hash = encoder.encode(proposed);
        user.changePassword(hash, now);
        history.remember(user.getId(), hash, now);
        audit.record(AuditRecord.change("platform.staff.change-password", ENTITY, user.getId(), null, null));
        return hash;
    }

    @Transactional
    public void rememberLocale(String username, String localeTag) {
        users.findByUsername(username).ifPresent(user -> user.preferLocale(localeTag));
    }

    private List<Role> requestPrivilegedRoles(StaffUser user, Set<Role> requested, String reason) {
        EnumSet<Role> wanted = EnumSet.noneOf(Role.class);
        requested.stream().filter(Role.PRIVILEGED::contains).filter(role -> !user.getRoles().contains(role))
                .forEach(wanted::add);
        for (Role role : wanted) {
            RoleGrant grant = new RoleGrant(user.getId(), user.getUsername(), role);
            if (!approvals.isPending(RoleGrantApproval.TYPE, grant)) {
                String because = reason == null || reason.isBlank() ? "-" : reason.strip();
                approvals.submit(new ApprovalSubmission(RoleGrantApproval.TYPE,
                        user.getUsername() + " → " + role.name(), grant, because));
            }
        }
        return List.copyOf(wanted);
    }

    private boolean isSelf(StaffUser user) {
        return CurrentStaff.get().map(me -> me.id() == user.getId()).orElse(false);
    }

    private StaffUser find(long id) {
        return users.findById(id).orElseThrow(() -> new StaffRuleViolation(null, "platform.staff.notFound"));
    }

    private Branch branch(Long id) {
        return branches.findById(id).orElseThrow(() -> new StaffRuleViolation("branchId", "platform.staff.branch.unknown"));
    }

    /** The outcome of creating an account. */
    public record CreatedStaff(long id, String temporaryPassword, List<Role> awaitingApproval) {
    }
}
