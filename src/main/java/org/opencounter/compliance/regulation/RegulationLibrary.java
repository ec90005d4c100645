package org.opencounter.compliance.regulation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regulation library: an officer records a regulation - new, or amending one recorded before - with the policies
 * it affects, and each affected policy's owner gets a task in the same transaction; interpretation notes are added
 * as the firm reads it, and a repeal is recorded with its day.
 */
@Service
@Transactional
public class RegulationLibrary {

    /** Days an owner has for a regulation already in force. */
    static final int DAYS_TO_REVIEW = 30;
    private static final String ENTITY = "Regulation";
    private static final String SELECT = """
            select r.*, a.title as amends_title from compliance_regulation r
            left join compliance_regulation a on a.id = r.amends_id""";

    /** A regulation to record, as the form sends it. */
    public record Entry(String title, String issuer, String documentNumber, LocalDate issuedOn, LocalDate effectiveOn,
                        String summary, Long amendsId, List<Long> policyIds, String requestKey) {
    }

    private final JdbcClient jdbc;
    private final TradingCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    RegulationLibrary(JdbcClient jdbc, TradingCalendar calendar, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** When an owner's review is due: the effective day of a regulation still to come, 30 days from today otherwise. */
    static LocalDate dueOn(LocalDate effectiveOn, LocalDate today) {
        return effectiveOn.isAfter(today) ? effectiveOn : today.plusDays(DAYS_TO_REVIEW);
    }

    /**
     * Records the regulation and opens a task for the owner of each affected policy; the same form sent twice
     * records once.
     *
     * @throws LibraryRefused naming the field
     */
    public long record(Entry entry) {
        Optional<Long> earlier = jdbc.sql("select id from compliance_regulation where request_key = ?")
                .param(entry.requestKey()).query(Long.class).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        required("title", entry.title());
        required("issuer", entry.issuer());
        required("documentNumber", entry.documentNumber());
        if (entry.issuedOn() == null) {
            throw new LibraryRefused("issuedOn", "compliance.regulation.issuedRequired");
        }
        if (entry.effectiveOn() == null || entry.effectiveOn().isBefore(entry.issuedOn())) {
            throw new LibraryRefused("effectiveOn", "compliance.regulation.effectiveInvalid");
        }
        required("summary", entry.summary());
        if (entry.amendsId() != null) {
            find(entry.amendsId());
        }
        List<Long> policies = entry.policyIds() == null ? List.of() : entry.policyIds().stream().distinct().toList();
        long id = jdbc.sql("""
                        insert into compliance_regulation (title, issuer, document_number, issued_on, effective_on,
                            summary, amends_id, request_key, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(cut(entry.title(), 200), cut(entry.issuer(), 100), cut(entry.documentNumber(), 100),
                        Date.valueOf(entry.issuedOn()), Date.valueOf(entry.effectiveOn()), cut(entry.summary(), 4000),
                        entry.amendsId(), entry.requestKey(), CurrentStaff.require().username(),
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
        LocalDate due = dueOn(entry.effectiveOn(), calendar.today());
        for (Long policy : policies) {
            int linked = jdbc.sql("""
                            insert into compliance_regulation_policy (regulation_id, policy_id)
                            select ?, id from compliance_policy where id = ?""").params(id, policy).update();
            if (linked == 0) {
                throw new LibraryRefused("policyIds", "compliance.regulation.unknownPolicy", policy);
            }
            jdbc.sql("""
                            insert into compliance_policy_task (regulation_id, policy_id, owner_id, due_on, created_at)
                            select ?, id, owner_id, ?, ? from compliance_policy where id = ?""")
                    .params(id, Date.valueOf(due), Timestamp.from(clock.instant()), policy).update();
        }
        audit.record(AuditRecord.change("compliance.regulation.record", ENTITY, id, null, Map.of("title",
                entry.title().strip(), "policies", policies.size())));
        return id;
    }

    /** Sets the firm's interpretation notes. */
    public void interpret(long id, String interpretation) {
        Regulation before = find(id);
        String text = interpretation == null || interpretation.isBlank() ? null : cut(interpretation, 4000);
        jdbc.sql("update compliance_regulation set interpretation = ? where id = ?").params(text, id).update();
        audit.record(AuditRecord.change("compliance.regulation.interpret", ENTITY, id,
                Map.of("interpretation", String.valueOf(before.interpretation())),
                Map.of("interpretation", String.valueOf(text))));
    }

    /**
     * Records the repeal from the day on.
     *
     * @throws LibraryRefused without a day, or with one before the regulation took effect
     */
    public void repeal(long id, LocalDate repealedOn) {
        Regulation regulation = find(id);
        if (repealedOn == null || repealedOn.isBefore(regulation.effectiveOn())) {
            throw new LibraryRefused("repealedOn", "compliance.regulation.repealInvalid");
        }
        jdbc.sql("update compliance_regulation set repealed_on = ? where id = ?").params(Date.valueOf(repealedOn), id)
                .update();
        audit.record(AuditRecord.change("compliance.regulation.repeal", ENTITY, id, null,
                Map.of("repealedOn", repealedOn.toString())));
    }

    /** The regulations whose title, issuer or number holds the text, the latest effective first. */
    @Transactional(readOnly = true)
    public Page<Regulation> page(String text, Pageable page) {
        String like = "%" + (text == null ? "" : text.strip()) + "%";
        String where = " where (r.title like ? or r.issuer like ? or r.document_number like ?)";
        long total = jdbc.sql("select count(*) from compliance_regulation r" + where).params(like, like, like)
                .query(Long.class).single();
        List<Regulation> rows = jdbc.sql(SELECT + where + " order by r.effective_on desc, r.id desc limit ? offset ?")
                .params(like, like, like, page.getPageSize(), page.getOffset()).query(RegulationLibrary::regulation)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    @Transactional(readOnly = true)
    public Regulation find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(RegulationLibrary::regulation).optional()
                .orElseThrow(() -> new LibraryNotFound("regulation", id));
    }

    /** The tasks the regulation opened, with their policies and owners. */
    @Transactional(readOnly = true)
    public List<PolicyTask> tasks(long regulationId) {
        return jdbc.sql(Policies.TASKS + " where t.regulation_id = ? order by p.code").param(regulationId)
                .query(Policies::task).list();
    }

    /** Every regulation, for the amends choice; the latest effective first. */
    @Transactional(readOnly = true)
    public List<Regulation> all() {
        return new ArrayList<>(jdbc.sql(SELECT + " order by r.effective_on desc, r.id desc")
                .query(RegulationLibrary::regulation).list());
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new LibraryRefused(field, "compliance.regulation." + field + "Required");
        }
    }

    private static String cut(String text, int length) {
        String value = text.strip();
        return value.length() > length ? value.substring(0, length) : value;
    }

    private static Regulation regulation(ResultSet row, int n) throws SQLException {
        Date repealed = row.getDate("repealed_on");
        Long amends = row.getObject("amends_id", Long.class);
        return new Regulation(row.getLong("id"), row.getString("title"), row.getString("issuer"),
                row.getString("document_number"), row.getDate("issued_on").toLocalDate(),
                row.getDate("effective_on").toLocalDate(), repealed == null ? null : repealed.toLocalDate(),
                row.getString("summary"), row.getString("interpretation"), amends,
                row.getString("amends_title"), row.getString("created_by"));
    }
}
