package org.opencounter.market.web;

import org.opencounter.platform.AccessRules;
import org.opencounter.platform.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Everyone signed in reads market data; only admins maintain it. */
@Component
class MarketAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/market/securities/new", "/market/securities/*/edit", "/market/prices/import")
                .hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/market/**").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/market/securities", "/market/securities/*",
                        "/market/securities/*/bars.json", "/market/calendar").authenticated();
    }
}
