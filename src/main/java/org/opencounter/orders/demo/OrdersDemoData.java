package org.opencounter.orders.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Random;

import org.opencounter.platform.DemoDataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holdings carried over from before the demo's first day: about half of the active clients hold one to four
 * main-board stocks or ETFs, bought at prices up to 15% either side of today's, so the client pages show gains and
 * losses. All shares are sellable; the same seed gives the same book.
 */
@Component
class OrdersDemoData implements DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(OrdersDemoData.class);
    private static final long SEED = 20261125L;
    /** Cash a demo client has put into each holding, before the price moved. */
    private static final int[] STAKES = {20_000, 50_000, 100_000, 200_000};

    private record Listed(String code, BigDecimal price, int lot) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    OrdersDemoData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional
    public void loadIfAbsent() {
        if (jdbc.sql("select exists (select 1 from orders_position)").query(Boolean.class).single()) {
            return;
        }
        List<Listed> listed = jdbc.sql("""
                        select s.code, q.price, s.lot_size from market_security s
                        join market_latest_price q on q.code = s.code
                        where s.board = 'MAIN' and s.type in ('STOCK', 'ETF') and not s.st and not s.suspended
                        order by s.code""")
                .query((row, n) -> new Listed(row.getString(1), row.getBigDecimal(2), row.getInt(3))).list();
        List<Long> clients = jdbc.sql("""
                        select c.id from clients_client c join clients_fund_account f on f.client_id = c.id
                        where c.status = 'ACTIVE' and f.status = 'ACTIVE' order by c.id""")
                .query(Long.class).list();
        if (listed.isEmpty() || clients.isEmpty()) {
            return;
        }
        Random random = new Random(SEED);
        Timestamp now = Timestamp.from(clock.instant());
        int positions = 0;
        for (long client : clients) {
            if (random.nextBoolean()) {
                continue;
            }
            int holdings = 1 + random.nextInt(4);
            for (int i = 0; i < holdings; i++) {
                Listed security = listed.get(random.nextInt(listed.size()));
                BigDecimal paid = security.price().multiply(BigDecimal.valueOf(85 + random.nextInt(31)))
                        .divide(BigDecimal.valueOf(100), 3, RoundingMode.HALF_UP);
                long lots = Math.max(1, BigDecimal.valueOf(STAKES[random.nextInt(STAKES.length)])
                        .divide(paid.multiply(BigDecimal.valueOf(security.lot())), 0, RoundingMode.DOWN).longValue());
                long quantity = lots * security.lot();
                BigDecimal cost = paid.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
                positions += jdbc.sql("""
                                insert into orders_position (client_id, code, quantity, cost, updated_at)
                                values (?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(client, security.code(), quantity, cost, now).update();
            }
        }
        log.info("Demo holdings: {} positions", positions);
    }
}
