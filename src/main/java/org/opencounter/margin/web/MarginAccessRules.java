package org.opencounter.margin.web;

import static org.opencounter.platform.Role.names;

import org.opencounter.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** URL rules of the margin module; branch scoping holds behind them through the client of each record. */
@Component
class MarginAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/margin/applications/new").hasAnyRole(names(MarginRoles.CREDIT_OFFICERS))
                .requestMatchers(HttpMethod.POST, "/margin/contracts/*/changes")
                .hasAnyRole(names(MarginRoles.CREDIT_OFFICERS))
                .requestMatchers("/margin/securities/edit").hasAnyRole(names(MarginRoles.LIST_KEEPERS))
                .requestMatchers(HttpMethod.POST, "/margin/securities", "/margin/securities/*/remove")
                .hasAnyRole(names(MarginRoles.LIST_KEEPERS))
                .requestMatchers(HttpMethod.GET, "/margin/securities").hasAnyRole(names(MarginRoles.LIST_READERS))
                .requestMatchers(HttpMethod.POST, "/margin/accounts/*/cash", "/margin/accounts/*/shares")
                .hasAnyRole(names(MarginRoles.COUNTER))
                .requestMatchers(HttpMethod.POST, "/margin/contracts/*/liquidations")
                .hasAnyRole(names(MarginRoles.LIQUIDATORS))
                .requestMatchers(HttpMethod.GET, "/margin/accounts/*").hasAnyRole(names(MarginRoles.ACCOUNT_READERS))
                .requestMatchers(HttpMethod.GET, "/margin/applications", "/margin/applications/*",
                        "/margin/contracts", "/margin/contracts/*", "/margin/monitor", "/margin/liquidations/*")
                .hasAnyRole(names(MarginRoles.READERS));
    }
}
