package org.opencounter.platform.security;

import java.util.List;

import org.opencounter.platform.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login, CSRF everywhere, strict security headers, and URL rules contributed by each module. Whatever URL no
 * module claims is denied, so a new endpoint without a rule cannot slip through.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<AccessRules> moduleRules,
                                            LoginOutcomes outcomes) throws Exception {
        http.authorizeHttpRequests(rules -> {
            rules.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
                    "/error", "/error/**", "/actuator/health", "/actuator/health/**").permitAll();
            moduleRules.forEach(module -> module.apply(rules));
            rules.anyRequest().denyAll();
        });
        http.formLogin(form -> form.loginPage("/login")
                .successHandler(outcomes)
                .failureHandler(outcomes));
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                .addLogoutHandler(outcomes));
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        http.exceptionHandling(errors -> errors.accessDeniedHandler(outcomes));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .SAME_ORIGIN)));
        return http.build();
    }
}
