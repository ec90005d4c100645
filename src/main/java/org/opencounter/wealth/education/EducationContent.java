package org.opencounter.wealth.education;

import java.time.Instant;

/**
 * One version of a piece of the library, in both languages.
 *
 * @param reviewReference the disclosure review that cleared it; null for the library kept from before reviews
 */
public record EducationContent(long id, String code, int version, ContentKind kind, String titleZh, String titleEn,
                               String bodyZh, String bodyEn, String publishedBy, Instant publishedAt,
                               String reviewReference) {

    public String title(boolean english) {
        return english ? titleEn : titleZh;
    }

    public String body(boolean english) {
        return english ? bodyEn : bodyZh;
    }
}
