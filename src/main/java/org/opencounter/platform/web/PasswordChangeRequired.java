package org.opencounter.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.web.servlet.HandlerInterceptor;

/** Someone signed in with a temporary password sees nothing but the password change page. */
class PasswordChangeRequired implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws java.io.IOException {
        if (CurrentStaff.get().map(StaffPrincipal::mustChangePassword).orElse(false)) {
            response.sendRedirect(request.getContextPath() + "/password/change");
            return false;
        }
        return true;
    }
}
