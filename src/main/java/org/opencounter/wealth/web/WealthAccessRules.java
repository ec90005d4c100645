package org.opencounter.wealth.web;

import static org.opencounter.platform.Role.names;

import org.opencounter.platform.AccessRules;
import org.opencounter.platform.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** URL rules of the wealth module; branch scoping holds behind them through the client of each record. */
@Component
class WealthAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/wealth/models/*/*").hasAnyRole(names(WealthRoles.MODEL_KEEPERS))
                .requestMatchers(HttpMethod.GET, "/wealth/models").hasAnyRole(names(WealthRoles.READERS))
                .requestMatchers(HttpMethod.POST, "/wealth/education/events", "/wealth/education/events/*/attendees",
                        "/wealth/clients/*/disclosures/*").hasAnyRole(names(WealthRoles.ADVISERS))
                .requestMatchers(HttpMethod.GET, "/wealth/education/events", "/wealth/clients/*/disclosures")
                .hasAnyRole(names(WealthRoles.READERS))
                .requestMatchers(HttpMethod.POST, "/wealth/education", "/wealth/education/submissions/*")
                .hasAnyRole(names(WealthRoles.QUESTIONNAIRE_KEEPERS))
                .requestMatchers(HttpMethod.GET, "/wealth/education/submissions/*")
                .hasAnyRole(names(WealthRoles.QUESTIONNAIRE_KEEPERS))
                .requestMatchers(HttpMethod.GET, "/wealth/education", "/wealth/education/*")
                .hasAnyRole(names(WealthRoles.CATALOGUE_READERS))
                .requestMatchers(HttpMethod.POST, "/wealth/campaigns").hasAnyRole(names(WealthRoles.CAMPAIGNERS))
                .requestMatchers(HttpMethod.POST, "/wealth/campaigns/*/leads/*")
                .hasAnyRole(names(WealthRoles.ADVISERS))
                .requestMatchers(HttpMethod.GET, "/wealth/campaigns", "/wealth/campaigns/*")
                .hasAnyRole(names(WealthRoles.READERS))
                .requestMatchers(HttpMethod.POST, "/wealth/targets").hasRole(Role.BRANCH_MANAGER.name())
                .requestMatchers(HttpMethod.GET, "/wealth/targets").hasAnyRole(names(WealthRoles.READERS))
                .requestMatchers("/wealth/complaints/new").hasAnyRole(names(WealthRoles.COMPLAINT_HANDLERS))
                .requestMatchers(HttpMethod.POST, "/wealth/complaints/*/*")
                .hasAnyRole(names(WealthRoles.COMPLAINT_HANDLERS))
                .requestMatchers(HttpMethod.GET, "/wealth/complaints", "/wealth/complaints/statistics",
                        "/wealth/complaints/*").hasAnyRole(names(WealthRoles.READERS))
                .requestMatchers(HttpMethod.POST, "/wealth/questionnaires/*/draft", "/wealth/questionnaires/*/activate")
                .hasAnyRole(names(WealthRoles.QUESTIONNAIRE_KEEPERS))
                .requestMatchers("/wealth/questionnaires/*/edit").hasAnyRole(names(WealthRoles.QUESTIONNAIRE_KEEPERS))
                .requestMatchers(HttpMethod.GET, "/wealth/questionnaires", "/wealth/questionnaires/*")
                .hasAnyRole(names(WealthRoles.READERS))
                .requestMatchers("/wealth/products/new", "/wealth/products/*/edit")
                .hasAnyRole(names(WealthRoles.CATALOGUE_KEEPERS))
                .requestMatchers(HttpMethod.POST, "/wealth/products/*/documents",
                        "/wealth/products/*/documents/*/withdraw").hasAnyRole(names(WealthRoles.CATALOGUE_KEEPERS))
                .requestMatchers(HttpMethod.GET, "/wealth/products", "/wealth/products/*",
                        "/wealth/products/*/documents/*").hasAnyRole(names(WealthRoles.CATALOGUE_READERS))
                .requestMatchers(HttpMethod.POST, "/wealth/clients/*/assessment", "/wealth/clients/*/suitability",
                        "/wealth/verdicts/*/confirm", "/wealth/clients/*/needs", "/wealth/clients/*/goals",
                        "/wealth/clients/*/goals/*/close", "/wealth/clients/*/plan", "/wealth/clients/*/plan/review",
                        "/wealth/clients/*/products/subscribe", "/wealth/clients/*/products/redeem")
                .hasAnyRole(names(WealthRoles.ADVISERS))
                .requestMatchers(HttpMethod.GET, "/wealth/clients/*/assessment", "/wealth/clients/*/assessment/*",
                        "/wealth/clients/*/suitability", "/wealth/verdicts/*", "/wealth/clients/*/needs",
                        "/wealth/clients/*/plan", "/wealth/clients/*/plan/pdf", "/wealth/clients/*/products")
                .hasAnyRole(names(WealthRoles.READERS));
    }
}
