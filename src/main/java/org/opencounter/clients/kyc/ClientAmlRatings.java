package org.opencounter.clients.kyc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.AmlRatings;
import org.opencounter.clients.AmlRisk;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clients' AML ratings as compliance reads and changes them; every change is audited on the client. */
@Service
@Transactional
class ClientAmlRatings implements AmlRatings {

    private static final String SELECT = """
            select id, name, branch_id, kind = 'INSTITUTION' as institution, aml_risk, next_kyc_review
            from clients_client""";

    private final JdbcClient jdbc;
    private final TradingCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    ClientAmlRatings(JdbcClient jdbc, TradingCalendar calendar, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Rated> rated(AmlRisk risk, Pageable page) {
        long total = jdbc.sql("select count(*) from clients_client where status = 'ACTIVE' and aml_risk = ?")
                .param(risk.name()).query(Long.class).single();
        List<Rated> rows = jdbc.sql(SELECT
                        + " where status = 'ACTIVE' and aml_risk = ? order by next_kyc_review, id limit ? offset ?")
                .params(risk.name(), page.getPageSize(), page.getOffset()).query(ClientAmlRatings::of).list();
        return new PageImpl<>(rows, page, total);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Rated> of(long clientId) {
        return jdbc.sql(SELECT + " where id = ?").param(clientId).query(ClientAmlRatings::of).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Rated> ofClients(Collection<Long> clientIds) {
        return jdbc.sql(SELECT + " where id = any(?) order by id").param(clientIds.toArray(Long[]::new))
                .query(ClientAmlRatings::of).list();
    }

    @Override
    public void rate(long clientId, AmlRisk risk, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rating changes only with its reason");
        }
        Rated before = jdbc.sql(SELECT + " where id = ? for update").param(clientId).query(ClientAmlRatings::of)
                .optional().orElseThrow(() -> new IllegalArgumentException("No client " + clientId));
        LocalDate next = risk.nextReviewAfter(calendar.today());
        jdbc.sql("""
                        update clients_client set aml_risk = ?, next_kyc_review = ?, version = version + 1,
                            updated_at = ? where id = ?""")
                .params(risk.name(), Date.valueOf(next), Timestamp.from(clock.instant()), clientId).update();
        audit.record(AuditRecord.change("clients.aml.rate", "Client", clientId,
                Map.of("amlRisk", before.risk(), "nextReview", before.nextReview()),
                Map.of("amlRisk", risk, "nextReview", next, "reason", reason.strip())));
    }

    private static Rated of(ResultSet row, int n) throws SQLException {
        return new Rated(row.getLong("id"), row.getString("name"), row.getLong("branch_id"),
                row.getBoolean("institution"), AmlRisk.valueOf(row.getString("aml_risk")),
                row.getDate("next_kyc_review").toLocalDate());
    }
}
