package org.opencounter.platform;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Lets a module's demo data do its work as one of the demo logins, through the same services (with their checks,
 * approvals and audit records) the pages use.
 */
@Component
public class DemoStaff {

    private final UserDetailsService users;

    DemoStaff(UserDetailsService users) {
        this.users = users;
    }

    /** Runs the work signed in as the login on this thread, and signs out again. */
    public <T> T as(String username, Supplier<T> work) {
        UserDetails staff = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null,
                staff.getAuthorities()));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
