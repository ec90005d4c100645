package org.opencounter.platform.security;

import org.opencounter.platform.AccessRules;
import org.opencounter.platform.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The platform's own pages: everyone's home, inbox and password; admins' staff pages; the auditors' trail. */
@Component
class PlatformAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/", "/approvals", "/approvals/**", "/password/change").authenticated()
                .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/audit", "/audit/**")
                .hasAnyRole(Role.AUDITOR.name(), Role.COMPLIANCE_OFFICER.name());
    }
}
