package org.opencounter.wealth.assessment;

/** A version is drafted, then active (one at a time), then retired when the next is activated. */
public enum QuestionnaireStatus {
    DRAFT, ACTIVE, RETIRED
}
