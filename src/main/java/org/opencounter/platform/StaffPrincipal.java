package org.opencounter.platform;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in staff member as the rest of the application sees them. */
public record StaffPrincipal(long id, String username, String displayName, long branchId, String branchCode,
                             boolean headOffice, Set<Role> roles, String passwordHash, boolean enabled,
                             boolean locked, boolean mustChangePassword) implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public StaffPrincipal {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether this person holds at least one of the roles. */
    public boolean hasAnyRole(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** Whether every role this person holds is limited to their own branch. */
    public boolean branchScoped() {
        return !roles.isEmpty() && roles.stream().allMatch(Role::branchScoped);
    }

    /** The branch this person's lists are limited to, or null for head-office roles, who see every branch. */
    public Long scopedBranchId() {
        return branchScoped() ? branchId : null;
    }

    /** The same principal after the password was changed. */
    public StaffPrincipal withPasswordChanged(String newHash) {
        return new StaffPrincipal(id, username, displayName, branchId, branchCode, headOffice, roles, newHash,
                enabled, locked, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + "]";
    }
}
