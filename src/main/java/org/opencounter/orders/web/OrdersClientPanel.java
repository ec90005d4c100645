package org.opencounter.orders.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.ClientPanel;
import org.opencounter.clients.ClientPanelView;
import org.opencounter.clients.ClientRef;
import org.opencounter.orders.fee.CommissionRates;
import org.opencounter.orders.order.TradingSession;
import org.opencounter.orders.position.Holding;
import org.opencounter.orders.position.Holdings;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The client 360 page's trading panel: holdings at the latest prices, today's orders and the latest trades. */
@Component
class OrdersClientPanel implements ClientPanel {

    static final int TODAY_ORDERS = 5;
    static final int RECENT_TRADES = 10;

    private final Holdings holdings;
    private final OrderBlotter blotter;
    private final TradingSession session;
    private final CommissionRates commission;

    OrdersClientPanel(Holdings holdings, OrderBlotter blotter, TradingSession session, CommissionRates commission) {
        this.holdings = holdings;
        this.blotter = blotter;
        this.session = session;
        this.commission = commission;
    }

    @Override
    public Optional<ClientPanelView> panelFor(ClientRef client) {
        if (client.fundAccountNumber() == null) {
            return Optional.empty();
        }
        StaffPrincipal me = CurrentStaff.require();
        List<Holding> held = holdings.of(client.id());
        Map<String, Object> model = new HashMap<>();
        model.put("account", client.fundAccountNumber());
        model.put("clientId", client.id());
        model.put("holdings", held);
        model.put("marketValue", Holdings.marketValue(held));
        model.put("unrealisedPnl", Holdings.unrealisedPnl(held));
        model.put("canRead", me.hasAnyRole(OrderRoles.READERS));
        model.put("canTrade", me.hasAnyRole(OrderRoles.TRADERS));
        model.put("commission", commission.standing(client.id()));
        model.put("todayOrders", blotter.orders(OrderBlotter.Filter.day(null, session.tradeDate(), client.id(), null,
                null, null), PageRequest.of(0, TODAY_ORDERS)));
        model.put("recentTrades", blotter.trades(new OrderBlotter.Filter(null, null, null, client.id(), null, null,
                null), PageRequest.of(0, RECENT_TRADES)));
        return Optional.of(new ClientPanelView("orders.panel.title", "orders/client-panel", model, 10));
    }
}
