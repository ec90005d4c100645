package org.opencounter.compliance.aml;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opencounter.clients.AmlRatings;
import org.opencounter.clients.AmlRisk;
import org.opencounter.market.TradingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of clients' AML ratings against what monitoring found: the clients whose alerts and cases of the last
 * 12 months point above their rating, and the change of a rating, which the clients module keeps and audits.
 */
@Service
@Transactional
public class AmlRiskReview {

    /** A client whose monitoring points above the rating. */
    public record Raise(AmlRatings.Rated client, RiskSignals signals) {
    }

    private final AmlRatings ratings;
    private final TradingCalendar calendar;
    private final JdbcClient jdbc;

    AmlRiskReview(AmlRatings ratings, TradingCalendar calendar, JdbcClient jdbc) {
        this.ratings = ratings;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    /** A client's cases: one under way, a report filed in the last 12 months. */
    private record Cases(boolean underWay, boolean reported) {
    }

    /** The clients whose signals point above their rating, highest suggestion first. */
    @Transactional(readOnly = true)
    public List<Raise> raises() {
        LocalDate since = calendar.today().minusMonths(12);
        Map<Long, Integer> alerts = new HashMap<>();
        jdbc.sql("""
                        select client_id, count(*) from compliance_alert
                        where not shadow and status <> 'DISMISSED' and business_date > ? group by client_id""")
                .param(Date.valueOf(since)).query(row -> {
                    alerts.put(row.getLong(1), row.getInt(2));
                });
        Map<Long, Cases> cases = new HashMap<>();
        jdbc.sql("""
                        select client_id, bool_or(status in ('INVESTIGATING', 'FILING')),
                               bool_or(status = 'REPORTED' and closed_at > ?)
                        from compliance_case group by client_id""")
                .param(Timestamp.from(since.atStartOfDay(TradingCalendar.SHANGHAI).toInstant()))
                .query(row -> {
                    cases.put(row.getLong(1), new Cases(row.getBoolean(2), row.getBoolean(3)));
                });
        Set<Long> clients = new HashSet<>(alerts.keySet());
        clients.addAll(cases.keySet());
        Cases none = new Cases(false, false);
        return ratings.ofClients(clients).stream()
                .map(client -> {
                    Cases clientCases = cases.getOrDefault(client.clientId(), none);
                    return new Raise(client, new RiskSignals(client.risk(), alerts.getOrDefault(client.clientId(), 0),
                            clientCases.underWay(), clientCases.reported()));
                })
                .filter(raise -> raise.signals().raises())
                .sorted(Comparator.comparing((Raise raise) -> raise.signals().suggested()).reversed())
                .toList();
    }

    /**
     * Sets the client's rating with the officer's reason.
     *
     * @throws RatingRefused without a level or a reason
     */
    public void rate(long clientId, AmlRisk risk, String reason) {
        if (risk == null) {
            throw new RatingRefused("risk", "compliance.rating.levelRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw new RatingRefused("reason", "compliance.rating.reasonRequired");
        }
        ratings.of(clientId).orElseThrow(() -> new RatingRefused(null, "compliance.rating.noClient"));
        ratings.rate(clientId, risk, reason);
    }
}
