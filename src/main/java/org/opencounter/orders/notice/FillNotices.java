package org.opencounter.orders.notice;

import java.util.Locale;

import org.opencounter.clients.ClientNotice;
import org.opencounter.clients.ClientNotices;
import org.opencounter.market.Instrument;
import org.opencounter.market.Securities;
import org.opencounter.orders.TradeExecuted;
import org.opencounter.platform.DisplayFormat;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Fill notices (成交回报): each booked fill becomes a message to the client through the clients' outbox, after the
 * fill commits. The event publication registry keeps the hand-over until the notice is recorded, so a crash in
 * between resends on restart, and the notice's key (the trade) keeps a resend from reaching the client twice.
 */
@Component
class FillNotices {

    /** Clients read their notices in Chinese, whatever language the staff's screens are in. */
    static final Locale CLIENT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final ClientNotices notices;
    private final Securities securities;
    private final MessageSource messages;
    private final DisplayFormat format;
    private final JdbcClient jdbc;

    FillNotices(ClientNotices notices, Securities securities, MessageSource messages, DisplayFormat format,
                JdbcClient jdbc) {
        this.notices = notices;
        this.securities = securities;
        this.messages = messages;
        this.format = format;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(TradeExecuted fill) {
        notices.send(noticeOf(fill));
    }

    ClientNotice noticeOf(TradeExecuted fill) {
        String clientOrderId = jdbc.sql("select client_order_id from orders_order where id = ?")
                .param(fill.orderId()).query(String.class).single();
        String name = securities.find(fill.code()).map(Instrument::name).orElse(fill.code());
        String side = messages.getMessage("orders.side." + fill.side().name(), null, CLIENT_LOCALE);
        String subject = messages.getMessage("orders.notice.fill.subject", new Object[] {side, name}, CLIENT_LOCALE);
        String body = messages.getMessage("orders.notice.fill.body", new Object[] {
                format.time(fill.at()), clientOrderId, side, name, fill.code(), format.number(fill.quantity()),
                format.price(fill.price()), format.money(fill.amount()), format.money(fill.fees())}, CLIENT_LOCALE);
        return new ClientNotice(fill.clientId(), ClientNotice.Kind.FILL, subject, body, null,
                "fill:" + fill.tradeId());
    }
}
