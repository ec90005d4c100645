package org.opencounter.platform;

import java.util.EnumSet;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lets a scheduled job act as the system (login "system", head office) in one role, for the work a job starts that
 * needs a maker: its requests go to people holding the role for approval, and the audit trail names the system. The
 * system never decides an approval itself, since no one can sign in as it.
 */
@Component
public class SystemActor {

    public static final String USERNAME = "system";

    /** Runs the work as the system in the role, on this thread, and signs out again. */
    public <T> T as(Role role, Supplier<T> work) {
        StaffPrincipal system = new StaffPrincipal(0, USERNAME, "系统", 0, "HQ", true, EnumSet.of(role), "", false,
                true, false);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null,
                system.getAuthorities()));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
