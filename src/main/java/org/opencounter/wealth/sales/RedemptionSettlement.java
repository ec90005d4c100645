package org.opencounter.wealth.sales;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.opencounter.clients.CashMovement;
import org.opencounter.clients.ProductCash;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays redemption proceeds on their settlement day (赎回到账): every pending redemption due on or before the day is
 * credited to the client's available cash through the ledger, under the client's account lock, and marked settled.
 * The ledger entry keeps the redemption's reference, so a redemption is never paid twice.
 */
@Service
@Transactional
public class RedemptionSettlement {

    static final String ACTOR = "system";

    private final TradingAccounts accounts;
    private final ProductCash cash;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    RedemptionSettlement(TradingAccounts accounts, ProductCash cash, JdbcClient jdbc, AuditTrail audit,
                         Clock clock) {
        this.accounts = accounts;
        this.cash = cash;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Answers how many redemptions were paid. */
    public int settle(LocalDate day) {
        record Due(long id, long clientId, BigDecimal amount, String code, String name, String requestKey) {
        }
        List<Due> due = jdbc.sql("""
                        select o.id, o.client_id, o.amount, p.code, p.name_zh, o.request_key
                        from wealth_product_order o join wealth_product p on p.id = o.product_id
                        where o.status = 'PENDING' and o.settles_on <= ?
                        order by o.settles_on, o.id for update of o skip locked""")
                .param(Date.valueOf(day))
                .query((row, n) -> new Due(row.getLong(1), row.getLong(2), row.getBigDecimal(3), row.getString(4),
                        row.getString(5), row.getString(6)))
                .list();
        for (Due redemption : due) {
            long fundAccount = accounts.lockForTrading(redemption.clientId()).fundAccountId();
            cash.receiveRedemption(new CashMovement(fundAccount, redemption.amount(), day,
                    "product:" + redemption.requestKey(), "赎回到账 " + redemption.code() + " " + redemption.name(),
                    ACTOR));
            jdbc.sql("update wealth_product_order set status = 'SETTLED', settled_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), redemption.id()).update();
            audit.record(AuditRecord.change("wealth.sale.redeemSettled", ProductSales.ENTITY, redemption.id(),
                    Map.of("status", "PENDING"), Map.of("status", "SETTLED", "amount", redemption.amount())));
        }
        return due.size();
    }
}
