package org.opencounter.orders.web;

import java.util.List;

import org.opencounter.platform.NavigationContributor;
import org.opencounter.platform.NavigationItem;
import org.springframework.stereotype.Component;

/** The orders module's entries in the side navigation. */
@Component
class OrdersNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem("orders.nav.section", "orders.nav.entry", "/orders/new", "pencil-square",
                        OrderRoles.TRADERS, 300),
                new NavigationItem("orders.nav.section", "orders.nav.blotter", "/orders", "list-columns",
                        OrderRoles.READERS, 310),
                new NavigationItem("orders.nav.section", "orders.nav.trades", "/orders/trades", "clock-history",
                        OrderRoles.READERS, 320),
                new NavigationItem("orders.nav.section", "orders.nav.statements", "/orders/statements",
                        "file-earmark-pdf", OrderRoles.READERS, 325),
                new NavigationItem("orders.nav.section", "orders.nav.settlement", "/orders/settlement", "calendar-check",
                        OrderRoles.SETTLEMENT_READERS, 330),
                new NavigationItem("orders.nav.section", "orders.nav.reconciliation", "/orders/reconciliation",
                        "arrow-left-right", OrderRoles.SETTLEMENT_READERS, 335));
    }
}
