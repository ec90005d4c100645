package org.opencounter.margin.security;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencounter.margin.FinancingConcentration;
import org.opencounter.market.LatestPrices;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews the financing concentration of every financing target with a known free float after the close: the firm's
 * financing balance in it (the principal its open financing debts owe) over its tradable market value (流通市值) at the
 * closing price. At 25% the security's financing buys halt from the next trading day; they resume once it is back
 * under 20%. Each halt and resumption is audited. The exchanges apply the rule to the whole market's balance, which
 * the counter cannot see; applied to the firm's own balance, it halts no later than the exchange would for the
 * firm's share of it.
 */
@Service
@Transactional
public class ConcentrationReview {

    private final JdbcClient jdbc;
    private final LatestPrices prices;
    private final AuditTrail audit;

    ConcentrationReview(JdbcClient jdbc, LatestPrices prices, AuditTrail audit) {
        this.jdbc = jdbc;
        this.prices = prices;
        this.audit = audit;
    }

    /** What one review changed. */
    public record Review(int reviewed, int halted, int resumed) {
    }

    public Review review(LocalDate day) {
        record Target(String code, long floatShares, boolean halted, BigDecimal balance) {
        }
        List<Target> targets = jdbc.sql("""
                        select s.code, s.float_shares, s.financing_halted,
                               coalesce((select sum(d.principal) from margin_debt d
                                         where d.code = s.code and d.kind = 'FINANCING' and d.status = 'OPEN'), 0)
                        from margin_security s
                        where s.financing_target and s.float_shares is not null
                        order by s.code for update of s""")
                .query((row, n) -> new Target(row.getString(1), row.getLong(2), row.getBoolean(3),
                        row.getBigDecimal(4)))
                .list();
        Map<String, BigDecimal> price = new LinkedHashMap<>();
        prices.quotes(targets.stream().map(Target::code).toList()).forEach(q -> price.put(q.code(), q.price()));
        int halted = 0;
        int resumed = 0;
        for (Target target : targets) {
            BigDecimal floatValue = price.getOrDefault(target.code(), BigDecimal.ZERO)
                    .multiply(BigDecimal.valueOf(target.floatShares()));
            FinancingConcentration concentration = new FinancingConcentration(target.balance(), floatValue);
            boolean now = concentration.halted(target.halted());
            jdbc.sql("""
                            update margin_security set financing_halted = ?, concentration = ?, concentration_on = ?
                            where code = ?""")
                    .params(now, concentration.ratio(), Date.valueOf(day), target.code()).update();
            if (now != target.halted()) {
                audit.record(AuditRecord.change(now ? "margin.concentration.halt" : "margin.concentration.resume",
                        MarginSecurities.ENTITY, target.code(), Map.of("financingHalted", target.halted()),
                        Map.of("financingHalted", now, "concentration", concentration.ratio())));
                if (now) {
                    halted++;
                } else {
                    resumed++;
                }
            }
        }
        return new Review(targets.size(), halted, resumed);
    }
}
