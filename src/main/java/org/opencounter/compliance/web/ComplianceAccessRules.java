package org.opencounter.compliance.web;

import static org.opencounter.platform.Role.names;

import org.opencounter.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * URL rules of the compliance module: head-office compliance officers act, auditors read; the authors of material
 * for the public submit it for disclosure review and see their own submissions.
 */
@Component
class ComplianceAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/compliance/declarations/*/*/decision", "/compliance/attestations")
                .hasAnyRole(names(ComplianceRoles.OFFICERS))
                .requestMatchers(HttpMethod.GET, "/compliance/declarations/review", "/compliance/attestations")
                .hasAnyRole(names(ComplianceRoles.READERS))
                .requestMatchers("/compliance/my-tasks", "/compliance/my-tasks/*", "/compliance/acknowledgements",
                        "/compliance/acknowledgements/*", "/compliance/declarations", "/compliance/declarations/gifts",
                        "/compliance/declarations/activities", "/compliance/declarations/attestations/*")
                .authenticated()
                .requestMatchers(HttpMethod.POST, "/compliance/disclosures", "/compliance/disclosures/*/revise",
                        "/compliance/disclosures/*/publish")
                .hasAnyRole(names(ComplianceRoles.AUTHORS))
                .requestMatchers(HttpMethod.GET, "/compliance/disclosures/new")
                .hasAnyRole(names(ComplianceRoles.AUTHORS))
                .requestMatchers(HttpMethod.GET, "/compliance/disclosures", "/compliance/disclosures/*",
                        "/compliance/phrases")
                .hasAnyRole(names(ComplianceRoles.DISCLOSURE_READERS))
                .requestMatchers(HttpMethod.POST, "/compliance/alerts/*/dismiss", "/compliance/alerts/*/case",
                        "/compliance/rules/*", "/compliance/scans", "/compliance/cases/*/notes",
                        "/compliance/cases/*/dismiss", "/compliance/cases/*/filing", "/compliance/cases/*/submitted",
                        "/compliance/ratings/*", "/compliance/screening/lists", "/compliance/screening/hits/*/confirm",
                        "/compliance/screening/hits/*/dismiss", "/compliance/restrictions",
                        "/compliance/restrictions/*/lift",
                        "/compliance/insiders", "/compliance/insiders/*/people", "/compliance/insiders/*/close",
                        "/compliance/staff/*/profile", "/compliance/staff/*/relatives",
                        "/compliance/staff/*/relatives/*/remove", "/compliance/staff/*/training",
                        "/compliance/disclosures/*/take", "/compliance/disclosures/*/approve",
                        "/compliance/disclosures/*/return", "/compliance/phrases", "/compliance/phrases/*/retire",
                        "/compliance/regulations", "/compliance/regulations/*/interpretation",
                        "/compliance/regulations/*/repeal", "/compliance/policies")
                .hasAnyRole(names(ComplianceRoles.OFFICERS))
                .requestMatchers(HttpMethod.GET, "/compliance/alerts", "/compliance/alerts/*", "/compliance/rules",
                        "/compliance/scans", "/compliance/scans/table", "/compliance/cases", "/compliance/cases/*",
                        "/compliance/cases/*/report", "/compliance/cases/*/notes/*/file", "/compliance/ratings",
                        "/compliance/screening/lists", "/compliance/screening/lists/*", "/compliance/screening/hits",
                        "/compliance/screening/hits/*", "/compliance/screening/check", "/compliance/restrictions",
                        "/compliance/insiders", "/compliance/insiders/*", "/compliance/staff", "/compliance/staff/*",
                        "/compliance/dashboard", "/compliance/regulations", "/compliance/regulations/*",
                        "/compliance/policies", "/compliance/policies/*")
                .hasAnyRole(names(ComplianceRoles.READERS));
    }
}
