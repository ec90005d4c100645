package org.opencounter.platform.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opencounter.platform.AuditOutcome;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.StaffPrincipal;
import org.opencounter.platform.staff.LoginAttempts;
import org.opencounter.platform.staff.StaffUserRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Audits every login, failed login, lockout, logout and refused page, and keeps the failed-login count. */
@Component
class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutHandler, AccessDeniedHandler {

    private final LoginAttempts attempts;
    private final AuditTrail audit;
    private final StaffUserRepository users;
    private final LocaleResolver locales;

    LoginOutcomes(LoginAttempts attempts, AuditTrail audit, StaffUserRepository users, LocaleResolver locales) {
        this.attempts = attempts;
        this.audit = audit;
        this.users = users;
        this.locales = locales;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        StaffPrincipal staff = (StaffPrincipal) authentication.getPrincipal();
        attempts.recordSuccess(staff.username());
        audit.recordIndependently(AuditRecord.forUser("platform.login", staff.username(), AuditOutcome.SUCCESS, null));
        users.findByUsername(staff.username()).map(user -> user.getPreferredLocale())
                .ifPresent(tag -> locales.setLocale(request, response, Locale.forLanguageTag(tag)));
        if (staff.mustChangePassword()) {
            getRedirectStrategy().sendRedirect(request, response, "/password/change");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = String.valueOf(request.getParameter("username")).strip().toLowerCase(Locale.ROOT);
        String reason;
        if (exception instanceof LockedException) {
            reason = "locked";
        } else if (exception instanceof DisabledException) {
            reason = "disabled";
        } else {
            reason = attempts.recordFailure(username) ? "locked" : "bad";
            if ("locked".equals(reason)) {
                audit.recordIndependently(AuditRecord.forUser("platform.lockout", username, AuditOutcome.FAILURE,
                        "too many wrong passwords"));
            }
        }
        audit.recordIndependently(AuditRecord.forUser("platform.login", username, AuditOutcome.FAILURE, reason));
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            audit.recordIndependently(AuditRecord.forUser("platform.logout", staff.username(), AuditOutcome.SUCCESS,
                    null));
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, jakarta.servlet.ServletException {
        audit.recordIndependently(new AuditRecord("platform.access-denied", "Url", request.getRequestURI(), null, null,
                AuditOutcome.DENIED, request.getMethod(), null));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher("/error/403").forward(request, response);
    }
}
