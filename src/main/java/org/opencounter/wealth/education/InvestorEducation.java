package org.opencounter.wealth.education;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.opencounter.clients.ClientProfile;
import org.opencounter.clients.ClientProfiles;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StaffPrincipal;
import org.opencounter.platform.SystemActor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Investor education (投资者教育): the bilingual library (a new version of a code supersedes the old, and only what
 * compliance cleared is published: see {@link EducationReview}), clients' acknowledgements of the current risk
 * disclosures (a new version must be acknowledged again), and education events with their attendees.
 */
@Service
@Transactional
public class InvestorEducation {

    static final String ENTITY = "EducationContent";
    /** The latest version of each code. */
    private static final String LATEST = """
            select * from wealth_education_content c where c.version = (select max(version)
                from wealth_education_content v where v.code = c.code)""";

    private final ClientProfiles clients;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    InvestorEducation(ClientProfiles clients, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Refuses a code that already names content of another kind.
     *
     * @throws EducationRefused naming the code
     */
    void checkKind(String code, ContentKind kind) {
        List<String> kinds = jdbc.sql("select distinct kind from wealth_education_content where code = ?")
                .param(code).query(String.class).list();
        if (!kinds.isEmpty() && !kinds.contains(kind.name())) {
            throw new EducationRefused("wealth.education.kindChanged", code);
        }
    }

    /**
     * Publishes what compliance cleared: a new code as version 1, a known code as its next version (of the same
     * kind), by its author, quoting the review. Nothing else publishes.
     */
    EducationContent release(EducationSubmission cleared, String reviewReference) {
        checkKind(cleared.code(), cleared.kind());
        long id = jdbc.sql("""
                        insert into wealth_education_content (code, version, kind, title_zh, title_en, body_zh, body_en,
                            published_by, published_at, review_reference)
                        select ?, coalesce(max(version), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?
                        from wealth_education_content where code = ? returning id""")
                .params(cleared.code(), cleared.kind().name(), cleared.titleZh(), cleared.titleEn(),
                        cleared.bodyZh(), cleared.bodyEn(), cleared.submittedBy(), Timestamp.from(clock.instant()),
                        reviewReference, cleared.code())
                .query(Long.class).single();
        EducationContent content = content(id);
        audit.record(AuditRecord.change("wealth.education.publish", ENTITY, id, null, Map.of("code", content.code(),
                "version", content.version(), "kind", content.kind(), "review", reviewReference))
                .by(SystemActor.USERNAME));
        return content;
    }

    /** The latest version of each piece, of one kind or all. */
    @Transactional(readOnly = true)
    public Page<EducationContent> library(ContentKind kind, Pageable page) {
        String where = kind == null ? "" : " and c.kind = ?";
        List<Object> params = new ArrayList<>();
        if (kind != null) {
            params.add(kind.name());
        }
        long total = jdbc.sql("select count(*) from (" + LATEST + where + ") x").params(params).query(Long.class)
                .single();
        params.add(page.getPageSize());
        params.add(page.getOffset());
        List<EducationContent> rows = jdbc.sql(LATEST + where + " order by c.kind, c.code limit ? offset ?")
                .params(params).query(InvestorEducation::of).list();
        return new PageImpl<>(rows, page, total);
    }

    @Transactional(readOnly = true)
    public EducationContent content(long id) {
        return jdbc.sql("select * from wealth_education_content where id = ?").param(id).query(InvestorEducation::of)
                .optional().orElseThrow(() -> new ContentNotFound(id));
    }

    /** Every version of a code, newest first. */
    @Transactional(readOnly = true)
    public List<EducationContent> versions(String code) {
        return jdbc.sql("select * from wealth_education_content where code = ? order by version desc").param(code)
                .query(InvestorEducation::of).list();
    }

    /** The current risk disclosures and whether the client acknowledged each one's current version. */
    @Transactional(readOnly = true)
    public List<Disclosure> disclosures(long clientId) {
        clients.visible(clientId);
        return jdbc.sql("select c.*, a.acknowledged_by, a.acknowledged_at, exists (select 1"
                        + " from wealth_disclosure_acknowledgement e join wealth_education_content v on v.id = e.content_id"
                        + " where e.client_id = ? and v.code = c.code) as any_version from (" + LATEST
                        + " and c.kind = 'RISK_DISCLOSURE') c left join wealth_disclosure_acknowledgement a"
                        + " on a.content_id = c.id and a.client_id = ? order by c.code")
                .params(clientId, clientId)
                .query((row, n) -> {
                    Timestamp acknowledged = row.getTimestamp("acknowledged_at");
                    return new Disclosure(of(row, n), acknowledged == null ? null : acknowledged.toInstant(),
                            row.getString("acknowledged_by"), acknowledged == null && row.getBoolean("any_version"));
                })
                .list();
    }

    /** Records that the client read and acknowledged this version of a disclosure; twice records once. */
    public void acknowledge(long clientId, long contentId) {
        clients.visible(clientId);
        EducationContent content = content(contentId);
        if (content.kind() != ContentKind.RISK_DISCLOSURE) {
            throw new EducationRefused("wealth.education.notDisclosure");
        }
        int recorded = jdbc.sql("""
                        insert into wealth_disclosure_acknowledgement (client_id, content_id, acknowledged_by,
                            acknowledged_at)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(clientId, contentId, CurrentStaff.require().username(), Timestamp.from(clock.instant()))
                .update();
        if (recorded > 0) {
            audit.record(AuditRecord.change("wealth.education.acknowledge", ENTITY, contentId, null,
                    Map.of("clientId", clientId, "code", content.code(), "version", content.version())));
        }
    }

    /** Holds an event at the staff member's branch. */
    public long holdEvent(String topic, LocalDate heldOn) {
        if (topic == null || topic.isBlank() || topic.length() > 200 || heldOn == null) {
            throw new EducationRefused("wealth.education.eventInvalid");
        }
        StaffPrincipal me = CurrentStaff.require();
        long id = jdbc.sql("""
                        insert into wealth_education_event (topic, held_on, branch_id, created_by, created_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(topic.trim(), Date.valueOf(heldOn), me.branchId(), me.username(),
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
        audit.record(AuditRecord.change("wealth.education.event", "EducationEvent", id, null,
                Map.of("topic", topic.trim(), "heldOn", heldOn)));
        return id;
    }

    /** Records a client of the event's branch as attending. */
    public void attend(long eventId, long clientId) {
        EducationEvent event = event(eventId);
        ClientProfile client = clients.visible(clientId);
        if (client.branchId() != event.branchId()) {
            throw new EducationRefused("wealth.education.otherBranch");
        }
        jdbc.sql("insert into wealth_education_attendance (event_id, client_id) values (?, ?) on conflict do nothing")
                .params(eventId, clientId).update();
    }

    /** The events of the staff member's branch (head office: all), latest first. */
    @Transactional(readOnly = true)
    public Page<EducationEvent> events(Pageable page) {
        Long branch = CurrentStaff.require().scopedBranchId();
        String where = " where cast(? as bigint) is null or e.branch_id = ?";
        long total = jdbc.sql("select count(*) from wealth_education_event e" + where).params(branch, branch)
                .query(Long.class).single();
        List<EducationEvent> rows = jdbc.sql("""
                        select e.*, (select count(*) from wealth_education_attendance a where a.event_id = e.id) as n
                        from wealth_education_event e""" + where + " order by e.held_on desc, e.id desc limit ? offset ?")
                .params(branch, branch, page.getPageSize(), page.getOffset()).query(InvestorEducation::event).list();
        return new PageImpl<>(rows, page, total);
    }

    private EducationEvent event(long id) {
        EducationEvent event = jdbc.sql("""
                        select e.*, (select count(*) from wealth_education_attendance a where a.event_id = e.id) as n
                        from wealth_education_event e where e.id = ?""")
                .param(id).query(InvestorEducation::event).optional().orElseThrow(() -> new ContentNotFound(id));
        Long branch = CurrentStaff.require().scopedBranchId();
        if (branch != null && branch != event.branchId()) {
            throw new ContentNotFound(id);
        }
        return event;
    }

    private static EducationEvent event(ResultSet row, int n) throws SQLException {
        return new EducationEvent(row.getLong("id"), row.getString("topic"), row.getDate("held_on").toLocalDate(),
                row.getLong("branch_id"), row.getLong("n"), row.getString("created_by"));
    }

    private static EducationContent of(ResultSet row, int n) throws SQLException {
        return new EducationContent(row.getLong("id"), row.getString("code"), row.getInt("version"),
                ContentKind.valueOf(row.getString("kind")), row.getString("title_zh"), row.getString("title_en"),
                row.getString("body_zh"), row.getString("body_en"), row.getString("published_by"),
                row.getTimestamp("published_at").toInstant(), row.getString("review_reference"));
    }
}
