package org.opencounter.wealth.complaint;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.ClientProfile;
import org.opencounter.clients.ClientProfiles;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StaffPrincipal;
import org.opencounter.wealth.ComplaintEscalated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaint handling (投诉处理): intake from any channel, acknowledgement, investigation notes, an extension once,
 * the answer with root cause and compensation, the satisfaction callback, reopening, and escalation to the branch
 * manager and compliance when a deadline is missed, the complaint is critical or a regulator passed it on.
 */
@Service
@Transactional
public class Complaints {

    static final String ENTITY = "Complaint";
    private static final String SELECT = """
            select k.*, c.name as client_name from wealth_complaint k join clients_client c on c.id = k.client_id""";
    /** A deadline missed on a day (given three times): not acknowledged, not answered, or not called back in time. */
    static final String OVERDUE = """
            ((k.acknowledged_at is null and k.acknowledge_by < ?) or (k.status <> 'CLOSED' and k.answer_by < ?)
             or (k.status = 'CLOSED' and k.satisfaction is null and k.callback_by < ?))""";

    /** What the list narrows to; null fields do not narrow. */
    public record Filter(ComplaintStatus status, ComplaintCategory category, Boolean overdue, Long clientId) {
    }

    private final ClientProfiles clients;
    private final TradingCalendar calendar;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Complaints(ClientProfiles clients, TradingCalendar calendar, JdbcClient jdbc, AuditTrail audit,
               ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Takes a complaint in; the same form twice takes it once. Critical and regulator-passed ones escalate at once. */
    public Complaint receive(ComplaintForm form) {
        ClientProfile client = clients.visible(form.getClientId());
        Optional<Long> earlier = jdbc.sql("select id from wealth_complaint where request_key = ?")
                .param(form.getRequestKey()).query(Long.class).optional();
        if (earlier.isPresent()) {
            return find(earlier.get());
        }
        Instant now = clock.instant();
        LocalDate today = calendar.today();
        long sequence = jdbc.sql("select nextval('wealth_complaint_seq')").query(Long.class).single();
        String reference = String.format("TS%tY%<tm%<td%06d", today, sequence % 1_000_000);
        String by = CurrentStaff.require().username();
        long id = jdbc.sql("""
                        insert into wealth_complaint (reference, client_id, branch_id, channel, category, severity,
                            description, adviser, product_id, regulator_reportable, status, received_at, received_on,
                            acknowledge_by, answer_by, created_by, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?) returning id""")
                .params(reference, client.id(), client.branchId(), form.getChannel().name(),
                        form.getCategory().name(), form.getSeverity().name(), form.getDescription().trim(),
                        form.getAdviser(), form.getProductId(),
                        form.isRegulatorReportable() || form.getChannel() == ComplaintChannel.REGULATOR,
                        Timestamp.from(now), Date.valueOf(today),
                        Date.valueOf(ComplaintDeadlines.acknowledgeBy(today, calendar::next)),
                        Date.valueOf(ComplaintDeadlines.answerBy(today, false)), by, form.getRequestKey())
                .query(Long.class).single();
        event(id, "RECEIVED", form.getChannel().name(), by, now);
        audit.record(AuditRecord.change("wealth.complaint.receive", ENTITY, id, null, Map.of("reference", reference,
                "clientId", client.id(), "category", form.getCategory(), "severity", form.getSeverity())));
        Complaint complaint = find(id);
        if (form.getSeverity() == ComplaintSeverity.CRITICAL) {
            escalate(complaint, "CRITICAL", now);
        } else if (complaint.regulatorReportable()) {
            escalate(complaint, "REGULATOR", now);
        }
        return find(id);
    }

    /** A complaint of a client the staff member may see. */
    @Transactional(readOnly = true)
    public Complaint visible(long id) {
        Complaint complaint = find(id);
        clients.visible(complaint.clientId());
        return complaint;
    }

    @Transactional(readOnly = true)
    public List<ComplaintEvent> history(long id) {
        visible(id);
        return jdbc.sql("select kind, text, actor, at from wealth_complaint_event where complaint_id = ? order by at, id")
                .param(id).query((row, n) -> new ComplaintEvent(row.getString(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant())).list();
    }

    /** The complaints of the staff member's branch (head office: all), newest first. */
    @Transactional(readOnly = true)
    public Page<Complaint> page(Filter filter, Pageable page) {
        StaffPrincipal me = CurrentStaff.require();
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (me.scopedBranchId() != null) {
            where.append(" and k.branch_id = ?");
            params.add(me.scopedBranchId());
        }
        if (filter.status() != null) {
            where.append(" and k.status = ?");
            params.add(filter.status().name());
        }
        if (filter.category() != null) {
            where.append(" and k.category = ?");
            params.add(filter.category().name());
        }
        if (filter.clientId() != null) {
            where.append(" and k.client_id = ?");
            params.add(filter.clientId());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            Date today = Date.valueOf(calendar.today());
            where.append(" and ").append(OVERDUE);
            params.add(today);
            params.add(today);
            params.add(today);
        }
        long total = jdbc.sql("select count(*) from wealth_complaint k" + where).params(params).query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        List<Complaint> rows = jdbc.sql(SELECT + where + " order by k.received_at desc, k.id desc limit ? offset ?")
                .params(pageParams).query(Complaints::of).list();
        return new PageImpl<>(rows, page, total);
    }

    /** How many of the client's complaints are not closed; the caller has checked that the client is visible. */
    @Transactional(readOnly = true)
    public long openCount(long clientId) {
        return jdbc.sql("select count(*) from wealth_complaint where client_id = ? and status <> 'CLOSED'")
                .param(clientId).query(Long.class).single();
    }

    public void assign(long id, String handler) {
        Complaint complaint = open(id);
        if (handler == null || handler.isBlank()) {
            throw new ComplaintRefused("wealth.complaint.handlerRequired");
        }
        update(complaint, "update wealth_complaint set handler = ?", handler.trim());
        step(complaint, "ASSIGNED", handler.trim());
    }

    public void acknowledge(long id) {
        Complaint complaint = open(id);
        if (complaint.acknowledgedAt() != null) {
            throw new ComplaintRefused("wealth.complaint.alreadyAcknowledged");
        }
        update(complaint, "update wealth_complaint set status = 'ACKNOWLEDGED', acknowledged_at = ?",
                Timestamp.from(clock.instant()));
        step(complaint, "ACKNOWLEDGED", null);
    }

    public void note(long id, String text) {
        Complaint complaint = visible(id);
        if (text == null || text.isBlank()) {
            throw new ComplaintRefused("wealth.complaint.noteRequired");
        }
        step(complaint, "NOTE", text.trim());
    }

    /** Gives a complex case 15 more days, once, with the reason told to the client. */
    public void extend(long id, String reason) {
        Complaint complaint = open(id);
        if (complaint.extended()) {
            throw new ComplaintRefused("wealth.complaint.extendedOnce");
        }
        if (reason == null || reason.isBlank()) {
            throw new ComplaintRefused("wealth.complaint.reasonRequired");
        }
        update(complaint, "update wealth_complaint set extended = true, extension_reason = ?, answer_by = answer_by + "
                + ComplaintDeadlines.EXTENSION_DAYS, reason.trim());
        step(complaint, "EXTENDED", reason.trim());
    }

    /** Answers the client and closes the complaint; the callback is then due within 7 days. */
    public void close(long id, String rootCause, String resolution, BigDecimal compensation) {
        Complaint complaint = open(id);
        if (complaint.acknowledgedAt() == null) {
            throw new ComplaintRefused("wealth.complaint.acknowledgeFirst");
        }
        if (resolution == null || resolution.isBlank() || rootCause == null || rootCause.isBlank()) {
            throw new ComplaintRefused("wealth.complaint.resolutionRequired");
        }
        if (compensation != null && compensation.signum() < 0) {
            throw new ComplaintRefused("wealth.complaint.compensationNegative");
        }
        LocalDate today = calendar.today();
        jdbc.sql("""
                        update wealth_complaint set status = 'CLOSED', root_cause = ?, resolution = ?, compensation = ?,
                            closed_on = ?, callback_by = ?, satisfaction = null, callback_note = null,
                            version = version + 1
                        where id = ? and version = ?""")
                .params(rootCause.trim(), resolution.trim(), compensation, Date.valueOf(today),
                        Date.valueOf(ComplaintDeadlines.callbackBy(today)), id, complaint.version())
                .update();
        step(complaint, "CLOSED", resolution.trim());
    }

    /** Records the client's satisfaction, asked in the callback after closing. */
    public void callback(long id, Satisfaction satisfaction, String note) {
        Complaint complaint = visible(id);
        if (complaint.status() != ComplaintStatus.CLOSED) {
            throw new ComplaintRefused("wealth.complaint.notClosed");
        }
        if (complaint.satisfaction() != null) {
            throw new ComplaintRefused("wealth.complaint.alreadyCalledBack");
        }
        if (satisfaction == null) {
            throw new ComplaintRefused("wealth.complaint.satisfactionRequired");
        }
        update(complaint, "update wealth_complaint set satisfaction = ?, callback_note = ?", satisfaction.name(),
                note == null || note.isBlank() ? null : note.trim());
        step(complaint, "CALLBACK", note == null || note.isBlank() ? null : note.trim());
    }

    /** Reopens a closed complaint: a new answer is due 15 days from today. */
    public void reopen(long id, String reason) {
        Complaint complaint = visible(id);
        if (complaint.status() != ComplaintStatus.CLOSED) {
            throw new ComplaintRefused("wealth.complaint.notClosed");
        }
        if (reason == null || reason.isBlank()) {
            throw new ComplaintRefused("wealth.complaint.reasonRequired");
        }
        LocalDate today = calendar.today();
        jdbc.sql("""
                        update wealth_complaint set status = 'ACKNOWLEDGED', closed_on = null, callback_by = null,
                            answer_by = ?, reopened_count = reopened_count + 1, version = version + 1
                        where id = ? and version = ?""")
                .params(Date.valueOf(ComplaintDeadlines.answerBy(today, false)), id, complaint.version()).update();
        step(complaint, "REOPENED", reason.trim());
    }

    /** Escalates every complaint that missed a deadline and has not gone up yet; the number escalated. */
    public int escalateOverdue() {
        Date today = Date.valueOf(calendar.today());
        List<Long> overdue = jdbc.sql("select k.id from wealth_complaint k where k.escalated_at is null and " + OVERDUE
                        + " order by k.id for update skip locked")
                .params(today, today, today).query(Long.class).list();
        Instant now = clock.instant();
        overdue.forEach(id -> escalate(find(id), "OVERDUE", now));
        return overdue.size();
    }

    private void escalate(Complaint complaint, String reason, Instant now) {
        jdbc.sql("update wealth_complaint set escalated_at = ? where id = ?").params(Timestamp.from(now),
                complaint.id()).update();
        event(complaint.id(), "ESCALATED", reason, CurrentStaff.get().map(StaffPrincipal::username).orElse("system"),
                now);
        events.publishEvent(new ComplaintEscalated(complaint.id(), complaint.reference(), complaint.clientId(),
                complaint.branchId(), complaint.category().name(), reason, complaint.adviser(), complaint.productId(),
                now));
    }

    private Complaint open(long id) {
        Complaint complaint = visible(id);
        if (complaint.status() == ComplaintStatus.CLOSED) {
            throw new ComplaintRefused("wealth.complaint.closed");
        }
        return complaint;
    }

    /** One change guarded by the version read, so two people's steps never cross. */
    private void update(Complaint complaint, String set, Object... values) {
        List<Object> params = new ArrayList<>(java.util.Arrays.asList(values));
        params.add(complaint.id());
        params.add(complaint.version());
        int changed = jdbc.sql(set + ", version = version + 1 where id = ? and version = ?").params(params).update();
        if (changed == 0) {
            throw new ComplaintRefused("wealth.complaint.changedMeanwhile");
        }
    }

    private void step(Complaint complaint, String kind, String text) {
        String by = CurrentStaff.require().username();
        event(complaint.id(), kind, text, by, clock.instant());
        audit.record(AuditRecord.change("wealth.complaint." + kind.toLowerCase(java.util.Locale.ROOT), ENTITY,
                complaint.id(), Map.of("status", complaint.status()), text == null ? Map.of() : Map.of("text", text)));
    }

    private void event(long id, String kind, String text, String by, Instant at) {
        jdbc.sql("insert into wealth_complaint_event (complaint_id, kind, text, actor, at) values (?, ?, ?, ?, ?)")
                .params(id, kind, text, by, Timestamp.from(at)).update();
    }

    private Complaint find(long id) {
        return jdbc.sql(SELECT + " where k.id = ?").param(id).query(Complaints::of).optional()
                .orElseThrow(() -> new ComplaintNotFound(id));
    }

    static Complaint of(ResultSet row, int n) throws SQLException {
        Timestamp acknowledged = row.getTimestamp("acknowledged_at");
        Timestamp escalated = row.getTimestamp("escalated_at");
        Date closed = row.getDate("closed_on");
        Date callback = row.getDate("callback_by");
        String satisfaction = row.getString("satisfaction");
        return new Complaint(row.getLong("id"), row.getString("reference"), row.getLong("client_id"),
                row.getString("client_name"), row.getLong("branch_id"),
                ComplaintChannel.valueOf(row.getString("channel")), ComplaintCategory.valueOf(row.getString("category")),
                ComplaintSeverity.valueOf(row.getString("severity")), row.getString("description"),
                row.getString("adviser"), row.getObject("product_id", Long.class), row.getBoolean("regulator_reportable"),
                ComplaintStatus.valueOf(row.getString("status")), row.getString("handler"),
                row.getTimestamp("received_at").toInstant(), row.getDate("received_on").toLocalDate(),
                row.getDate("acknowledge_by").toLocalDate(), acknowledged == null ? null : acknowledged.toInstant(),
                row.getDate("answer_by").toLocalDate(), row.getBoolean("extended"), row.getString("root_cause"),
                row.getString("resolution"), row.getBigDecimal("compensation"),
                closed == null ? null : closed.toLocalDate(), callback == null ? null : callback.toLocalDate(),
                satisfaction == null ? null : Satisfaction.valueOf(satisfaction),
                escalated == null ? null : escalated.toInstant(), row.getInt("reopened_count"),
                row.getLong("version"));
    }
}
