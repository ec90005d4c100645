package org.opencounter.orders;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.opencounter.clients.TradingAccounts;
import org.opencounter.orders.position.Position;
import org.opencounter.orders.position.PositionRepository;
import org.opencounter.platform.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shares leaving or joining a client's ordinary account other than by trading: collateral moved to or from the credit
 * account (担保品划转). Shares leave only from what is sellable now, with the cost they carried; each transfer is
 * recorded under its reference, and the same reference twice moves once. The caller's transaction holds the client's
 * trading lock, so no order freezes the same shares meanwhile.
 */
@Service
@Transactional
public class SecuritiesTransfers {

    private final TradingAccounts accounts;
    private final PositionRepository positions;
    private final JdbcClient jdbc;
    private final Clock clock;

    SecuritiesTransfers(TradingAccounts accounts, PositionRepository positions, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.positions = positions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes sellable shares out of the ordinary account; answers the cost they carried. */
    public BigDecimal out(long clientId, String code, long shares, String reference) {
        accounts.lockForTrading(clientId);
        Optional<BigDecimal> earlier = recorded(reference);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Position position = positions.lock(clientId, code).orElseThrow(() ->
                new TransferRefused("orders.transfer.notEnoughShares", shares, 0L));
        if (shares > position.sellable()) {
            throw new TransferRefused("orders.transfer.notEnoughShares", shares, position.sellable());
        }
        BigDecimal cost = position.transferOut(shares, clock.instant());
        record(clientId, code, "OUT", shares, cost, reference);
        return cost;
    }

    /** Brings shares into the ordinary account at the cost they carried; they are sellable at once. */
    public void in(long clientId, String code, long shares, BigDecimal cost, String reference) {
        accounts.lockForTrading(clientId);
        if (recorded(reference).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        Position position = positions.lock(clientId, code)
                .orElseGet(() -> positions.save(new Position(clientId, code, now)));
        position.transferIn(shares, cost, now);
        record(clientId, code, "IN", shares, cost, reference);
    }

    private Optional<BigDecimal> recorded(String reference) {
        return jdbc.sql("select cost from orders_position_transfer where reference = ?").param(reference)
                .query(BigDecimal.class).optional();
    }

    private void record(long clientId, String code, String direction, long shares, BigDecimal cost,
                        String reference) {
        jdbc.sql("""
                        insert into orders_position_transfer (client_id, code, direction, quantity, cost, reference,
                            actor, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(clientId, code, direction, shares, cost, reference, CurrentStaff.require().username(),
                        Timestamp.from(clock.instant()))
                .update();
    }
}
