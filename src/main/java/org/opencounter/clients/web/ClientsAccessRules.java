package org.opencounter.clients.web;

import static org.opencounter.platform.Role.names;

import org.opencounter.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** URL rules of the clients module; branch scoping of each record is enforced behind them by ClientAccess. */
@Component
class ClientsAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/clients/messages", "/clients/messages/**").hasAnyRole(names(ClientRoles.MESSENGERS))
                .requestMatchers("/clients/follow-ups", "/clients/follow-ups/**", "/clients/*/follow-ups")
                .hasAnyRole(names(ClientRoles.FOLLOWERS))
                .requestMatchers(HttpMethod.POST, "/clients/reassign").hasAnyRole(names(ClientRoles.REASSIGNERS))
                .requestMatchers("/clients/ledger-check").hasAnyRole(names(ClientRoles.LEDGER_CHECKERS))
                .requestMatchers("/clients/prospects/*/reassign").hasAnyRole(names(ClientRoles.REASSIGNERS))
                .requestMatchers("/clients/prospects", "/clients/prospects/**").hasAnyRole(names(ClientRoles.PROSPECTORS))
                .requestMatchers("/clients/new", "/clients/import", "/clients/import/**")
                .hasAnyRole(names(ClientRoles.ONBOARDERS))
                .requestMatchers("/clients/*/transfer", "/clients/*/transfer/reversal")
                .hasAnyRole(names(ClientRoles.CASHIERS))
                .requestMatchers(HttpMethod.POST, "/clients/*/freeze", "/clients/*/unfreeze")
                .hasAnyRole(names(ClientRoles.FREEZERS))
                .requestMatchers(HttpMethod.POST, "/clients/*/close").hasAnyRole(names(ClientRoles.CLOSERS))
                .requestMatchers(HttpMethod.POST, "/clients/*/details").hasAnyRole(names(ClientRoles.ONBOARDERS))
                .requestMatchers(HttpMethod.GET, "/clients/*/details").hasAnyRole(names(ClientRoles.READERS))
                .requestMatchers(HttpMethod.POST, "/clients/*/permissions/**")
                .hasAnyRole(names(ClientRoles.PERMISSION_CLERKS))
                .requestMatchers(HttpMethod.GET, "/clients/*/permissions").hasAnyRole(names(ClientRoles.READERS))
                .requestMatchers(HttpMethod.POST, "/clients/*/reveal").hasAnyRole(names(ClientRoles.READERS))
                .requestMatchers(HttpMethod.GET, "/clients", "/clients/export.xlsx", "/clients/*")
                .hasAnyRole(names(ClientRoles.READERS));
    }
}
