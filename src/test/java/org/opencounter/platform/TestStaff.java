package org.opencounter.platform;

import java.util.Set;

/** Principals for tests that need "someone with role X" without a login. */
public final class TestStaff {

    private TestStaff() {
    }

    /** A principal for an existing login, holding the given role. */
    public static StaffPrincipal as(String username, Role role) {
        return new StaffPrincipal(-1, username, username, 1, "HQ", true, Set.of(role), "{noop}x", true, false, false);
    }

    /** Runs the work with the principal signed in on this thread. */
    public static <T> T actingAs(StaffPrincipal principal, java.util.function.Supplier<T> work) {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(principal, null, principal.getAuthorities()));
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    public static StaffPrincipal withRole(Role role) {
        return new StaffPrincipal(-1, "test-" + role.name().toLowerCase(java.util.Locale.ROOT), "Test " + role,
                1, "HQ", true, Set.of(role), "{noop}x", true, false, false);
    }

    /** Someone with the role working at the given branch (not head office). */
    public static StaffPrincipal withRole(Role role, long branchId) {
        return new StaffPrincipal(-1, "test-" + role.name().toLowerCase(java.util.Locale.ROOT), "Test " + role,
                branchId, "BR" + branchId, false, Set.of(role), "{noop}x", true, false, false);
    }
}
