package org.opencounter.orders.exchange.fix;

import org.opencounter.orders.OrdersProperties;
import quickfix.SessionID;
import quickfix.SessionSettings;

/** QuickFIX/J session settings from ours: a FIX 4.4 initiator around the clock, its store and logs on disk. */
final class FixSettings {

    private FixSettings() {
    }

    static SessionSettings initiator(OrdersProperties.Fix fix) {
        SessionSettings settings = new SessionSettings();
        SessionID id = new SessionID("FIX.4.4", fix.senderCompId(), fix.targetCompId());
        settings.setString(id, "ConnectionType", "initiator");
        settings.setString(id, "SocketConnectHost", fix.host());
        settings.setLong(id, "SocketConnectPort", fix.port());
        settings.setLong(id, "HeartBtInt", fix.heartbeatSeconds());
        settings.setLong(id, "ReconnectInterval", fix.reconnectSeconds());
        session(settings, id, fix.storeDirectory().resolve("store"));
        return settings;
    }

    /**
     * What both ends of a session here share: around the clock, FIX 4.4 validated against its dictionary (user tags
     * let through), sequence numbers kept across logons, and sent messages stored in files for resends.
     */
    static void session(SessionSettings settings, SessionID id, java.nio.file.Path store) {
        settings.setString(id, "FileStorePath", store.toString());
        settings.setString(id, "NonStopSession", "Y");
        settings.setString(id, "UseDataDictionary", "Y");
        settings.setString(id, "DataDictionary", "FIX44.xml");
        settings.setString(id, "ValidateUserDefinedFields", "N");
        settings.setString(id, "ResetOnLogon", "N");
        settings.setString(id, "PersistMessages", "Y");
        settings.setString(id, "SLF4JLogHeartbeats", "N");
    }
}
