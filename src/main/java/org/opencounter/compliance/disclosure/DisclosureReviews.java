package org.opencounter.compliance.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opencounter.compliance.Material;
import org.opencounter.compliance.Publication;
import org.opencounter.compliance.PublicationCleared;
import org.opencounter.compliance.PublicationReceipt;
import org.opencounter.compliance.PublicationReturned;
import org.opencounter.compliance.PublicationReview;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of material going public: the author submits it and the dictionary checks it; a compliance officer
 * takes it, then approves it (only with no findings left, and never their own) or returns it with comments; the
 * author revises a returned one and submits it again; approved material is published, and nothing else can be.
 * Authors see their own submissions, compliance officers and auditors all of them. Material of other modules comes
 * through {@link PublicationReview}: it is revised where it was written, and its module hears when it is cleared or
 * returned.
 */
@Service
@Transactional
public class DisclosureReviews implements PublicationReview {

    private static final String ENTITY = "Disclosure";
    private static final int MAX_BODY = 20_000;
    private static final Set<Role> SEE_ALL = EnumSet.of(Role.COMPLIANCE_OFFICER, Role.AUDITOR);

    /** A history step. */
    public record Event(DisclosureStatus status, String actor, java.time.Instant at, String comment) {
    }

    private final JdbcClient jdbc;
    private final PhraseDictionary dictionary;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisclosureReviews(JdbcClient jdbc, PhraseDictionary dictionary, AuditTrail audit, ApplicationEventPublisher events,
                      Clock clock) {
        this.jdbc = jdbc;
        this.dictionary = dictionary;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Submits material for review; the same form sent twice submits once.
     *
     * @throws DisclosureRefused naming the field: no kind, no title, no text, a text too long
     */
    public long submit(Material material, String title, String body, String requestKey) {
        return submit(material, title, body, requestKey, null).reviewId();
    }

    @Override
    public PublicationReceipt submit(Publication publication) {
        if (publication.source() == null || publication.source().isBlank()) {
            throw new IllegalArgumentException("Material from another module names its source");
        }
        return submit(publication.material(), publication.title(), publication.body(), publication.requestKey(),
                publication.source());
    }

    private PublicationReceipt submit(Material material, String title, String body, String requestKey,
                                      String source) {
        Optional<PublicationReceipt> earlier = jdbc.sql("""
                        select id, reference from compliance_disclosure where request_key = ?""")
                .param(requestKey).query((row, n) -> new PublicationReceipt(row.getLong(1), row.getString(2)))
                .optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (material == null) {
            throw new DisclosureRefused("material", "compliance.disclosure.materialRequired");
        }
        checkText(title, body);
        String reference = "PUB-" + Year.now(clock.withZone(ZoneId.of("Asia/Shanghai"))) + "-" + String.format("%05d",
                jdbc.sql("select nextval('compliance_disclosure_number')").query(Long.class).single());
        String author = CurrentStaff.require().username();
        long id = jdbc.sql("""
                        insert into compliance_disclosure (reference, material, title, body, status, request_key,
                            submitted_by, submitted_at, source)
                        values (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?) returning id""")
                .params(reference, material.name(), title.strip(), body.strip(), requestKey, author,
                        Timestamp.from(clock.instant()), source).query(Long.class).single();
        recheck(id, 1, material, body);
        event(id, DisclosureStatus.SUBMITTED, null);
        audit.record(AuditRecord.change("compliance.disclosure.submit", ENTITY, id, null, Map.of("reference",
                reference, "material", material.name())));
        return new PublicationReceipt(id, reference);
    }

    /**
     * The author's revision of returned material, submitted again and checked again.
     *
     * @throws DisclosureRefused when not returned, not the author's, from another module (revised there), or the
     *                           text is refused
     */
    public void revise(long id, String title, String body) {
        Disclosure disclosure = find(id);
        if (disclosure.fromElsewhere()) {
            throw new DisclosureRefused(null, "compliance.disclosure.reviseAtSource");
        }
        if (disclosure.status() == DisclosureStatus.RETURNED
                && !disclosure.submittedBy().equals(CurrentStaff.require().username())) {
            throw new DisclosureRefused(null, "compliance.disclosure.authorOnly");
        }
        submitAgain(disclosure, title, body);
    }

    @Override
    public void resubmit(long reviewId, String title, String body) {
        submitAgain(find(reviewId), title, body);
    }

    private void submitAgain(Disclosure disclosure, String title, String body) {
        if (disclosure.status() != DisclosureStatus.RETURNED) {
            throw new DisclosureRefused(null, "compliance.disclosure.notReturned");
        }
        checkText(title, body);
        long id = disclosure.id();
        int revision = disclosure.revision() + 1;
        move(id, DisclosureStatus.RETURNED, DisclosureStatus.SUBMITTED, """
                update compliance_disclosure set title = ?, body = ?, revision = ?, reviewer = null, decided_at = null,
                    status = 'SUBMITTED', version = version + 1
                where id = ? and status = 'RETURNED'""", title.strip(), body.strip(), revision, id);
        recheck(id, revision, disclosure.material(), body);
        event(id, DisclosureStatus.SUBMITTED, "revision " + revision);
    }

    /** A compliance officer takes the submission for review. */
    public void take(long id) {
        find(id);
        move(id, DisclosureStatus.SUBMITTED, DisclosureStatus.UNDER_REVIEW, """
                update compliance_disclosure set status = 'UNDER_REVIEW', reviewer = ?, version = version + 1
                where id = ? and status = 'SUBMITTED'""", CurrentStaff.require().username(), id);
        event(id, DisclosureStatus.UNDER_REVIEW, null);
    }

    /**
     * Approves material under one's own review that the check found nothing in.
     *
     * @throws DisclosureRefused when findings remain, it is someone else's review, or the reviewer wrote it
     */
    public void approve(long id, String comment) {
        Disclosure disclosure = underMyReview(id);
        if (disclosure.findings() > 0) {
            throw new DisclosureRefused(null, "compliance.disclosure.findingsRemain", disclosure.findings());
        }
        if (disclosure.submittedBy().equals(disclosure.reviewer())) {
            throw new DisclosureRefused(null, "compliance.disclosure.ownWork");
        }
        decide(id, DisclosureStatus.APPROVED, comment);
    }

    /**
     * Returns material under one's own review to its author with the comments.
     *
     * @throws DisclosureRefused without comments, or when it is someone else's review
     */
    public void returnToAuthor(long id, String comment) {
        Disclosure disclosure = underMyReview(id);
        if (comment == null || comment.isBlank()) {
            throw new DisclosureRefused("comment", "compliance.disclosure.commentRequired");
        }
        decide(id, DisclosureStatus.RETURNED, comment);
        if (disclosure.fromElsewhere()) {
            events.publishEvent(new PublicationReturned(id, disclosure.reference(), disclosure.source(),
                    comment.strip()));
        }
    }

    /**
     * Publishes approved material: its author or a compliance officer.
     *
     * @throws DisclosureRefused when it is not approved
     */
    public void publish(long id) {
        Disclosure disclosure = find(id);
        if (disclosure.status() != DisclosureStatus.APPROVED) {
            throw new DisclosureRefused(null, "compliance.disclosure.notApproved");
        }
        move(id, DisclosureStatus.APPROVED, DisclosureStatus.PUBLISHED, """
                update compliance_disclosure set status = 'PUBLISHED', published_by = ?, published_at = ?,
                    version = version + 1
                where id = ? and status = 'APPROVED'""", CurrentStaff.require().username(),
                Timestamp.from(clock.instant()), id);
        event(id, DisclosureStatus.PUBLISHED, null);
        if (disclosure.fromElsewhere()) {
            events.publishEvent(new PublicationCleared(id, disclosure.reference(), disclosure.source(),
                    disclosure.reviewer(), clock.instant()));
        }
    }

    /** The submissions the signed-in staff member may see, with the status asked for, the newest first. */
    @Transactional(readOnly = true)
    public Page<Disclosure> page(DisclosureStatus status, Pageable page) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        StaffPrincipal staff = CurrentStaff.require();
        if (!staff.hasAnyRole(SEE_ALL)) {
            where.append(" and submitted_by = ?");
            params.add(staff.username());
        }
        if (status != null) {
            where.append(" and status = ?");
            params.add(status.name());
        }
        long total = jdbc.sql("select count(*) from compliance_disclosure" + where).params(params).query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        List<Disclosure> rows = jdbc.sql("select * from compliance_disclosure" + where
                        + " order by submitted_at desc, id desc limit ? offset ?")
                .params(pageParams).query(DisclosureReviews::disclosure).list();
        return new PageImpl<>(rows, page, total);
    }

    /** The submission, if the signed-in staff member may see it. */
    @Transactional(readOnly = true)
    public Disclosure find(long id) {
        Disclosure disclosure = jdbc.sql("select * from compliance_disclosure where id = ?").param(id)
                .query(DisclosureReviews::disclosure).optional().orElseThrow(() -> new DisclosureNotFound(id));
        StaffPrincipal staff = CurrentStaff.require();
        if (!staff.hasAnyRole(SEE_ALL) && !disclosure.submittedBy().equals(staff.username())) {
            throw new DisclosureNotFound(id);
        }
        return disclosure;
    }

    /** What the check found in the current revision. */
    @Transactional(readOnly = true)
    public List<Finding> findings(long id) {
        Disclosure disclosure = find(id);
        return jdbc.sql("""
                        select kind, phrase, excerpt from compliance_disclosure_finding
                        where disclosure_id = ? and revision = ? order by id""")
                .params(id, disclosure.revision())
                .query((row, n) -> new Finding(Finding.Kind.valueOf(row.getString(1)), row.getString(2),
                        row.getString(3))).list();
    }

    @Transactional(readOnly = true)
    public List<Event> history(long id) {
        find(id);
        return jdbc.sql("select status, actor, at, comment from compliance_disclosure_event where disclosure_id = ?"
                        + " order by id").param(id)
                .query((row, n) -> new Event(DisclosureStatus.valueOf(row.getString(1)), row.getString(2),
                        row.getTimestamp(3).toInstant(), row.getString(4))).list();
    }

    /** The submissions per status, for the dashboard. */
    @Transactional(readOnly = true)
    public Map<DisclosureStatus, Long> countByStatus() {
        Map<DisclosureStatus, Long> counts = new java.util.EnumMap<>(DisclosureStatus.class);
        for (DisclosureStatus status : DisclosureStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) from compliance_disclosure group by status")
                .query(row -> {
                    counts.put(DisclosureStatus.valueOf(row.getString(1)), row.getLong(2));
                });
        return counts;
    }

    private void checkText(String title, String body) {
        if (title == null || title.isBlank()) {
            throw new DisclosureRefused("title", "compliance.disclosure.titleRequired");
        }
        if (title.strip().length() > 200) {
            throw new DisclosureRefused("title", "compliance.disclosure.titleTooLong");
        }
        if (body == null || body.isBlank()) {
            throw new DisclosureRefused("body", "compliance.disclosure.bodyRequired");
        }
        if (body.strip().length() > MAX_BODY) {
            throw new DisclosureRefused("body", "compliance.disclosure.bodyTooLong", MAX_BODY);
        }
    }

    /** Checks the revision against the dictionary in use and keeps what it found. */
    private void recheck(long id, int revision, Material material, String body) {
        List<Finding> found = PhraseCheck.check(body, material, dictionary.live());
        for (Finding finding : found) {
            jdbc.sql("""
                            insert into compliance_disclosure_finding (disclosure_id, revision, kind, phrase, excerpt)
                            values (?, ?, ?, ?, ?)""")
                    .params(id, revision, finding.kind().name(), finding.phrase(), finding.excerpt()).update();
        }
        jdbc.sql("update compliance_disclosure set findings = ? where id = ?").params(found.size(), id).update();
    }

    private Disclosure underMyReview(long id) {
        Disclosure disclosure = find(id);
        if (disclosure.status() != DisclosureStatus.UNDER_REVIEW
                || !CurrentStaff.require().username().equals(disclosure.reviewer())) {
            throw new DisclosureRefused(null, "compliance.disclosure.notYourReview");
        }
        return disclosure;
    }

    private void decide(long id, DisclosureStatus outcome, String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        move(id, DisclosureStatus.UNDER_REVIEW, outcome, """
                update compliance_disclosure set status = ?, decided_at = ?, decision_comment = ?, version = version + 1
                where id = ? and status = 'UNDER_REVIEW'""", outcome.name(), Timestamp.from(clock.instant()), text, id);
        event(id, outcome, text);
    }

    /**
     * Moves a submission its caller has read from one status to the next: the update names the status it moves from,
     * so it changes nothing, and the step is refused, when another step got there first.
     */
    private void move(long id, DisclosureStatus from, DisclosureStatus to, String update, Object... params) {
        if (jdbc.sql(update).params(params).update() != 1) {
            throw new DisclosureRefused(null, "compliance.disclosure.wrongStatus");
        }
        audit.record(AuditRecord.change("compliance.disclosure." + to.name().toLowerCase(java.util.Locale.ROOT),
                ENTITY, id, Map.of("status", from.name()), Map.of("status", to.name())));
    }

    private void event(long id, DisclosureStatus status, String comment) {
        jdbc.sql("insert into compliance_disclosure_event (disclosure_id, status, actor, at, comment)"
                        + " values (?, ?, ?, ?, ?)")
                .params(id, status.name(), CurrentStaff.require().username(), Timestamp.from(clock.instant()), comment)
                .update();
    }

    private static Disclosure disclosure(ResultSet row, int n) throws SQLException {
        Timestamp decided = row.getTimestamp("decided_at");
        Timestamp published = row.getTimestamp("published_at");
        return new Disclosure(row.getLong("id"), row.getString("reference"),
                Material.valueOf(row.getString("material")),
                row.getString("title"), row.getString("body"), DisclosureStatus.valueOf(row.getString("status")),
                row.getInt("revision"), row.getInt("findings"), row.getString("submitted_by"),
                row.getTimestamp("submitted_at").toInstant(), row.getString("reviewer"),
                decided == null ? null : decided.toInstant(), row.getString("decision_comment"),
                row.getString("published_by"), published == null ? null : published.toInstant(),
                row.getString("source"));
    }
}
