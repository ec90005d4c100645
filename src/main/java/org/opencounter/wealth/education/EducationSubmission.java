package org.opencounter.wealth.education;

import java.time.Instant;

/**
 * Education content as its author wrote it, in compliance's disclosure review until cleared.
 *
 * @param reviewReference the review's reference (PUB-2026-00012)
 * @param reviewComment   the reviewer's comments when it was returned
 * @param contentId       the library version it became once published
 */
public record EducationSubmission(long id, String code, ContentKind kind, String titleZh, String titleEn, String bodyZh,
                                  String bodyEn, SubmissionStatus status, Long reviewId, String reviewReference,
                                  String reviewComment, Long contentId, String submittedBy, Instant submittedAt,
                                  Instant decidedAt) {

    /** The form to revise it with. */
    public ContentForm form() {
        ContentForm form = new ContentForm();
        form.setCode(code);
        form.setKind(kind);
        form.setTitleZh(titleZh);
        form.setTitleEn(titleEn);
        form.setBodyZh(bodyZh);
        form.setBodyEn(bodyEn);
        return form;
    }
}
