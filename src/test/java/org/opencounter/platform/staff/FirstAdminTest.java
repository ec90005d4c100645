package org.opencounter.platform.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.Role;
import org.opencounter.platform.branch.BranchRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Production start: the first admin comes from the environment, only while no active admin exists. */
@IntegrationTest
class FirstAdminTest {

    @Autowired
    StaffUserRepository users;
    @Autowired
    BranchRepository branches;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PasswordHistory history;
    @Autowired
    AuditTrail audit;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void noActiveAdmin() {
        jdbc.sql("""
                update platform_staff_user set status = 'DISABLED'
                where id in (select staff_id from platform_staff_role where role = 'ADMIN')""").update();
    }

    @Test
    void createsTheAdminFromTheEnvironmentOnce() {
        start("chief", "ChooseAStrong1");
        StaffUser chief = users.findByUsername("chief").orElseThrow();
        assertThat(chief.getRoles()).containsExactly(Role.ADMIN);
        assertThat(chief.isPasswordMustChange()).isFalse();
        assertThat(encoder.matches("ChooseAStrong1", chief.getPasswordHash())).isTrue();

        start("deputy", "AnotherStrong2");
        assertThat(users.findByUsername("deputy")).as("an active admin exists now").isEmpty();
    }

    @Test
    void refusesAPasswordThatBreaksThePolicy() {
        assertThatThrownBy(() -> start("weak.chief", "short1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("platform.password.tooShort");
        assertThat(users.findByUsername("weak.chief")).isEmpty();
    }

    @Test
    void withoutTheVariablesNothingHappens() {
        long before = users.count();
        start("", "");
        assertThat(users.count()).isEqualTo(before);
    }

    private void start(String username, String password) {
        FirstAdmin firstAdmin = new FirstAdmin(users, branches, encoder, history, audit, clock, username, password);
        transactions.executeWithoutResult(status -> firstAdmin.run(null));
    }
}
