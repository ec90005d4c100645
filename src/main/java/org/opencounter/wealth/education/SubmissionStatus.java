package org.opencounter.wealth.education;

/** Where written education content stands in disclosure review: in review, returned to be revised, or published. */
public enum SubmissionStatus {
    IN_REVIEW, RETURNED, PUBLISHED
}
