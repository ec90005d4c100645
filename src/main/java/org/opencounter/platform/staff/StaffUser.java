package org.opencounter.platform.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opencounter.platform.Role;
import org.opencounter.platform.branch.Branch;

/** A member of staff with a login. Never deleted once created: disabled instead, so the history stays readable. */
@Entity
@Table(name = "platform_staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "employee_number", nullable = false)
    private String employeeNumber;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "branch_id")
    private Branch branch;

    @Column(name = "sac_number")
    private String sacNumber;

    private String email;

    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StaffStatus status;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "password_must_change", nullable = false)
    private boolean passwordMustChange;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "preferred_locale")
    private String preferredLocale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "platform_staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StaffUser() {
    }

    public StaffUser(String username, StaffProfile profile, Branch branch, String temporaryPasswordHash, Instant now) {
        this.username = username;
        this.status = StaffStatus.ACTIVE;
        this.passwordHash = temporaryPasswordHash;
        this.passwordMustChange = true;
        this.createdAt = now;
        update(profile, branch, now);
    }

    public void update(StaffProfile profile, Branch newBranch, Instant now) {
        this.displayName = profile.displayName();
        this.employeeNumber = profile.employeeNumber();
        this.sacNumber = profile.sacNumber();
        this.email = profile.email();
        this.phone = profile.phone();
        this.branch = newBranch;
        this.updatedAt = now;
    }

    /** Replaces the roles; privileged roles only arrive through {@link #grant(Role, Instant)} after approval. */
    public void assignRoles(Set<Role> newRoles, Instant now) {
        roles.retainAll(newRoles);
        newRoles.stream().filter(role -> !Role.PRIVILEGED.contains(role)).forEach(roles::add);
        this.updatedAt = now;
    }

    public void grant(Role role, Instant now) {
        roles.add(role);
        this.updatedAt = now;
    }

    public void disable(Instant now) {
        this.status = StaffStatus.DISABLED;
        this.updatedAt = now;
    }

    public void enable(Instant now) {
        this.status = StaffStatus.ACTIVE;
        this.updatedAt = now;
    }

    public void unlock(Instant now) {
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.updatedAt = now;
    }

    /** A password chosen by the user themselves. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordMustChange = false;
        this.passwordChangedAt = now;
        this.updatedAt = now;
    }

    /** A temporary password set by an admin: it must be changed at the next login. */
    public void resetPassword(String temporaryHash, Instant now) {
        this.passwordHash = temporaryHash;
        this.passwordMustChange = true;
        this.passwordChangedAt = now;
        unlock(now);
    }

    public void preferLocale(String localeTag) {
        this.preferredLocale = localeTag;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public StaffStatus statusAt(Instant now) {
        if (status == StaffStatus.ACTIVE && isLocked(now)) {
            return StaffStatus.LOCKED;
        }
        return status;
    }

    public StaffProfile profile() {
        return new StaffProfile(displayName, employeeNumber, sacNumber, email, phone);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public Branch getBranch() {
        return branch;
    }

    public String getSacNumber() {
        return sacNumber;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public StaffStatus getStatus() {
        return status;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPasswordMustChange() {
        return passwordMustChange;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }
}
