package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit trades' settlement with the clearing house (信用交易交收): what the day's fills put into CLEARING less what
 * they took out is what the firm owes for the trade date (negative: what it is owed). The end of day settles it once
 * per trade date and keeps the figure.
 */
@Component
class CreditClearing {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CreditClearing(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    BigDecimal payable(LocalDate tradeDate) {
        return net(tradeDate).payable();
    }

    /** Settles the trade date's net in the caller's transaction; a date settled before answers what it settled. */
    @Transactional(propagation = Propagation.MANDATORY)
    BigDecimal settle(LocalDate tradeDate, String actor) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('margin_credit_clearing'), ?)")
                .param((int) tradeDate.toEpochDay()).query().singleRow();
        Optional<BigDecimal> earlier = jdbc.sql("select payable from margin_credit_clearing where trade_date = ?")
                .param(Date.valueOf(tradeDate)).query(BigDecimal.class).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Net net = net(tradeDate);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into margin_credit_clearing (trade_date, payable, contracts, settled_by, settled_at)
                        values (?, ?, ?, ?, ?)""")
                .params(Date.valueOf(tradeDate), net.payable(), net.contracts(), actor, Timestamp.from(now)).update();
        audit.record(AuditRecord.change("margin.clearing.settle", "CreditClearing", tradeDate, null,
                Map.of("payable", net.payable(), "contracts", net.contracts())));
        return net.payable();
    }

    /** The day's net in CLEARING and how many credit accounts it came from. */
    private record Net(BigDecimal payable, int contracts) {
    }

    private Net net(LocalDate tradeDate) {
        return jdbc.sql("""
                        select coalesce(sum(case when to_account = 'CLEARING' then amount else -amount end), 0),
                               count(distinct contract_id)
                        from margin_credit_journal
                        where business_date = ? and (from_account = 'CLEARING' or to_account = 'CLEARING')""")
                .param(Date.valueOf(tradeDate))
                .query((row, n) -> new Net(row.getBigDecimal(1), row.getInt(2))).single();
    }
}
