package org.opencounter.wealth.education;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.compliance.Material;
import org.opencounter.compliance.Publication;
import org.opencounter.compliance.PublicationCleared;
import org.opencounter.compliance.PublicationReceipt;
import org.opencounter.compliance.PublicationReturned;
import org.opencounter.compliance.PublicationReview;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.SystemActor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Investor education goes to the public only through compliance's disclosure review (信息披露审核): what the author
 * writes is submitted - both languages, checked against the forbidden-phrase dictionary - and waits; returned with
 * comments, it is revised here and sent again; once an officer has approved and released it, it becomes the code's
 * next version in the library, quoting the review.
 */
@Service
@Transactional
public class EducationReview {

    static final String SOURCE = "wealth.education:";
    private static final String ENTITY = "EducationSubmission";

    private final InvestorEducation education;
    private final PublicationReview review;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    EducationReview(InvestorEducation education, PublicationReview review, JdbcClient jdbc, AuditTrail audit,
                    Clock clock) {
        this.education = education;
        this.review = review;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Submits the form for review; the same form sent twice submits once.
     *
     * @throws EducationRefused when the code already names content of another kind
     * @throws org.opencounter.platform.Refusal when compliance refuses the text
     */
    public EducationSubmission submit(ContentForm form, String requestKey) {
        Optional<Long> earlier = jdbc.sql("select id from wealth_education_submission where request_key = ?")
                .param(requestKey).query(Long.class).optional();
        if (earlier.isPresent()) {
            return find(earlier.get());
        }
        education.checkKind(form.getCode(), form.getKind());
        long id = jdbc.sql("""
                        insert into wealth_education_submission (code, kind, title_zh, title_en, body_zh, body_en,
                            status, request_key, submitted_by, submitted_at)
                        values (?, ?, ?, ?, ?, ?, 'IN_REVIEW', ?, ?, ?) returning id""")
                .params(form.getCode(), form.getKind().name(), form.getTitleZh().trim(), form.getTitleEn().trim(),
                        form.getBodyZh().trim(), form.getBodyEn().trim(), requestKey,
                        CurrentStaff.require().username(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        PublicationReceipt receipt = review.submit(new Publication(Material.INVESTOR_EDUCATION,
                form.getTitleZh().trim(), reviewed(form), SOURCE + id, "wealth-education-" + requestKey));
        jdbc.sql("update wealth_education_submission set review_id = ?, review_reference = ? where id = ?")
                .params(receipt.reviewId(), receipt.reference(), id).update();
        audit.record(AuditRecord.change("wealth.education.submit", ENTITY, id, null, Map.of("code", form.getCode(),
                "kind", form.getKind(), "review", receipt.reference())));
        return find(id);
    }

    /**
     * Sends returned content again with the revised text (the code and kind stay).
     *
     * @throws EducationRefused when it is not returned
     */
    public EducationSubmission revise(long id, ContentForm form) {
        EducationSubmission submission = find(id);
        int revised = jdbc.sql("""
                        update wealth_education_submission set title_zh = ?, title_en = ?, body_zh = ?, body_en = ?,
                            status = 'IN_REVIEW', review_comment = null, decided_at = null, version = version + 1
                        where id = ? and status = 'RETURNED'""")
                .params(form.getTitleZh().trim(), form.getTitleEn().trim(), form.getBodyZh().trim(),
                        form.getBodyEn().trim(), id)
                .update();
        if (revised == 0) {
            throw new EducationRefused("wealth.education.notReturned");
        }
        review.resubmit(submission.reviewId(), form.getTitleZh().trim(), reviewed(form));
        audit.record(AuditRecord.change("wealth.education.revise", ENTITY, id, Map.of("status", "RETURNED"),
                Map.of("status", "IN_REVIEW")));
        return find(id);
    }

    /** What is in review or returned, the newest first. */
    @Transactional(readOnly = true)
    public Page<EducationSubmission> open(Pageable page) {
        long total = jdbc.sql("select count(*) from wealth_education_submission where status <> 'PUBLISHED'")
                .query(Long.class).single();
        List<EducationSubmission> rows = jdbc.sql("""
                        select * from wealth_education_submission where status <> 'PUBLISHED'
                        order by submitted_at desc, id desc limit ? offset ?""")
                .params(page.getPageSize(), page.getOffset()).query(EducationReview::of).list();
        return new PageImpl<>(rows, page, total);
    }

    @Transactional(readOnly = true)
    public EducationSubmission find(long id) {
        return jdbc.sql("select * from wealth_education_submission where id = ?").param(id)
                .query(EducationReview::of).optional().orElseThrow(() -> new ContentNotFound(id));
    }

    /** Compliance cleared it: it becomes the code's next version; heard twice, it is published once. */
    void cleared(PublicationCleared cleared) {
        Optional<EducationSubmission> waiting = bySource(cleared.source())
                .filter(submission -> submission.status() == SubmissionStatus.IN_REVIEW);
        waiting.ifPresent(submission -> {
            EducationContent content = education.release(submission, cleared.reference());
            jdbc.sql("""
                            update wealth_education_submission set status = 'PUBLISHED', content_id = ?, decided_at = ?,
                                version = version + 1
                            where id = ? and status = 'IN_REVIEW'""")
                    .params(content.id(), Timestamp.from(cleared.at()), submission.id()).update();
        });
    }

    /** Compliance returned it with comments, to be revised. */
    void returned(PublicationReturned returned) {
        bySource(returned.source()).ifPresent(submission -> {
            int moved = jdbc.sql("""
                            update wealth_education_submission set status = 'RETURNED', review_comment = ?,
                                decided_at = ?, version = version + 1
                            where id = ? and status = 'IN_REVIEW'""")
                    .params(returned.comment(), Timestamp.from(clock.instant()), submission.id()).update();
            if (moved > 0) {
                audit.record(AuditRecord.change("wealth.education.returned", ENTITY, submission.id(),
                        Map.of("status", "IN_REVIEW"), Map.of("status", "RETURNED", "review",
                                returned.reference())).by(SystemActor.USERNAME));
            }
        });
    }

    private Optional<EducationSubmission> bySource(String source) {
        if (source == null || !source.startsWith(SOURCE)) {
            return Optional.empty();
        }
        return jdbc.sql("select * from wealth_education_submission where id = ?")
                .param(Long.parseLong(source.substring(SOURCE.length()))).query(EducationReview::of).optional();
    }

    /** Both languages go to review, so that neither carries what the other does not. */
    private static String reviewed(ContentForm form) {
        return form.getBodyZh().trim() + "\n\n" + form.getTitleEn().trim() + "\n\n" + form.getBodyEn().trim();
    }

    private static EducationSubmission of(ResultSet row, int n) throws SQLException {
        Timestamp decided = row.getTimestamp("decided_at");
        long reviewId = row.getLong("review_id");
        Long review = row.wasNull() ? null : reviewId;
        long contentId = row.getLong("content_id");
        Long content = row.wasNull() ? null : contentId;
        return new EducationSubmission(row.getLong("id"), row.getString("code"),
                ContentKind.valueOf(row.getString("kind")), row.getString("title_zh"), row.getString("title_en"),
                row.getString("body_zh"), row.getString("body_en"),
                SubmissionStatus.valueOf(row.getString("status")), review, row.getString("review_reference"),
                row.getString("review_comment"), content, row.getString("submitted_by"),
                row.getTimestamp("submitted_at").toInstant(), decided == null ? null : decided.toInstant());
    }
}
