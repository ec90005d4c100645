package org.opencounter.orders.web;

import static org.opencounter.platform.Role.names;

import org.opencounter.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** URL rules of the orders module; branch scoping of each order is enforced behind them through the client. */
@Component
class OrdersAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/orders/settlement").hasAnyRole(names(OrderRoles.SETTLERS))
                .requestMatchers(HttpMethod.GET, "/orders/settlement", "/orders/settlement/**",
                        "/orders/reconciliation")
                .hasAnyRole(names(OrderRoles.SETTLEMENT_READERS))
                .requestMatchers(HttpMethod.POST, "/orders/commission/*")
                .hasAnyRole(names(OrderRoles.COMMISSION_SETTERS))
                .requestMatchers(HttpMethod.GET, "/orders/commission/*").hasAnyRole(names(OrderRoles.READERS))
                .requestMatchers("/orders/new", "/orders/new/**").hasAnyRole(names(OrderRoles.TRADERS))
                .requestMatchers(HttpMethod.POST, "/orders", "/orders/*/cancel").hasAnyRole(names(OrderRoles.TRADERS))
                .requestMatchers(HttpMethod.GET, "/orders/statements", "/orders/statements/daily",
                        "/orders/statements/monthly").hasAnyRole(names(OrderRoles.READERS))
                .requestMatchers(HttpMethod.GET, "/orders", "/orders/rows", "/orders/trades", "/orders/*")
                .hasAnyRole(names(OrderRoles.READERS));
    }
}
