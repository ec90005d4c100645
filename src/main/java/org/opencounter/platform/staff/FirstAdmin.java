package org.opencounter.platform.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.opencounter.platform.AuditOutcome;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.Role;
import org.opencounter.platform.branch.Branch;
import org.opencounter.platform.branch.BranchRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In production there is no default password: the first admin comes from OPENCOUNTER_ADMIN_USERNAME and
 * OPENCOUNTER_ADMIN_PASSWORD, and only while no active admin exists.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final StaffUserRepository users;
    private final BranchRepository branches;
    private final PasswordEncoder encoder;
    private final PasswordHistory history;
    private final AuditTrail audit;
    private final Clock clock;
    private final String username;
    private final String password;

    FirstAdmin(StaffUserRepository users, BranchRepository branches, PasswordEncoder encoder, PasswordHistory history,
               AuditTrail audit, Clock clock, @Value("${opencounter.admin.username:}") String username,
               @Value("${opencounter.admin.password:}") String password) {
        this.users = users;
        this.branches = branches;
        this.encoder = encoder;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
        this.username = username.strip().toLowerCase(java.util.Locale.ROOT);
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isEmpty() || users.countActiveWithRole(Role.ADMIN) > 0) {
            return;
        }
        List<String> violations = PasswordPolicy.violations(username, password);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("OPENCOUNTER_ADMIN_PASSWORD breaks the password policy: " + violations);
        }
        Instant now = clock.instant();
        Branch head = branches.findFirstByHeadOfficeTrueOrderByIdAsc().orElseGet(() -> branches.save(
                new Branch("HQ", "总部", "Head Office", "-", true, now)));
        String hash = encoder.encode(password);
        StaffUser admin = users.findByUsername(username).orElseGet(() -> new StaffUser(username,
                new StaffProfile("Administrator", "ADMIN-" + username, null, null, null), head, hash, now));
        admin.grant(Role.ADMIN, now);
        admin.enable(now);
        admin.changePassword(hash, now);
        users.saveAndFlush(admin);
        history.remember(admin.getId(), hash, now);
        audit.record(new AuditRecord("platform.staff.first-admin", "StaffUser", String.valueOf(admin.getId()), null,
                StaffSnapshot.of(admin), AuditOutcome.SUCCESS, "from OPENCOUNTER_ADMIN_USERNAME", "system"));
        log.info("First admin '{}' created from OPENCOUNTER_ADMIN_USERNAME", username);
    }
}
