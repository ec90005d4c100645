package org.opencounter.orders;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the orders module.
 *
 * @param sessions      {@code EXCHANGE}: orders are accepted in the exchanges' sessions only; {@code ALWAYS_OPEN}: the
 *                      simulated market trades around the clock (demo mode's default, shown on the order page)
 * @param fatFinger     per-order value above which a supervisor must approve, per client type (house rule)
 * @param gateway       {@code SIMULATED} (built-in exchange) or {@code FIX}
 * @param simulated     the simulated exchange's liquidity around the latest price
 * @param fix           the FIX 4.4 session to the exchange when {@code gateway} is {@code FIX}
 * @param tradeFiles    where the exchange's trade file of each day lies (成交回报文件): the simulated exchange writes
 *                      it there; with a real exchange the file received from it is put there for reconciliation
 */
@ConfigurationProperties("opencounter.orders")
public record OrdersProperties(Sessions sessions, @DefaultValue FatFinger fatFinger,
                               @DefaultValue("SIMULATED") Gateway gateway, @DefaultValue Simulated simulated,
                               @DefaultValue Fix fix,
                               @DefaultValue("data/exchange-trades") java.nio.file.Path tradeFiles) {

    public enum Sessions {
        EXCHANGE, ALWAYS_OPEN
    }

    public enum Gateway {
        SIMULATED, FIX
    }

    public record FatFinger(@DefaultValue("5000000") BigDecimal individual,
                            @DefaultValue("50000000") BigDecimal institution) {
    }

    /**
     * @param levels        price levels of simulated liquidity on each side of the latest price
     * @param levelValue    about how much each level offers, in CNY (rounded down to board lots)
     * @param sweepInterval how often resting orders are matched again against the moved price
     */
    public record Simulated(@DefaultValue("5") int levels, @DefaultValue("300000") BigDecimal levelValue,
                            @DefaultValue("PT3S") Duration sweepInterval) {
    }

    /**
     * The FIX 4.4 initiator session (QuickFIX/J). Sequence numbers and sent messages are kept in files under
     * {@code storeDirectory}, so a restart resumes the session and the counterparty's resend requests are answered.
     *
     * @param host              the exchange gateway's address
     * @param port              its port
     * @param senderCompId      our SenderCompID (49)
     * @param targetCompId      the gateway's TargetCompID (56)
     * @param heartbeatSeconds  HeartBtInt (108)
     * @param reconnectSeconds  how long to wait before connecting again after a disconnect
     * @param storeDirectory    the message store and session logs
     */
    public record Fix(@DefaultValue("127.0.0.1") String host, @DefaultValue("9878") int port,
                      @DefaultValue("OPENCOUNTER") String senderCompId, @DefaultValue("EXCHANGE") String targetCompId,
                      @DefaultValue("30") int heartbeatSeconds, @DefaultValue("5") int reconnectSeconds,
                      @DefaultValue("data/fix") java.nio.file.Path storeDirectory) {
    }
}
