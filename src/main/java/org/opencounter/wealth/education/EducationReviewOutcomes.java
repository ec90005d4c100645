package org.opencounter.wealth.education;

import org.opencounter.compliance.PublicationCleared;
import org.opencounter.compliance.PublicationReturned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Hears compliance's decisions on the education content it reviewed, once each, after they are committed. */
@Component
class EducationReviewOutcomes {

    private final EducationReview review;

    EducationReviewOutcomes(EducationReview review) {
        this.review = review;
    }

    @ApplicationModuleListener
    void on(PublicationCleared cleared) {
        review.cleared(cleared);
    }

    @ApplicationModuleListener
    void on(PublicationReturned returned) {
        review.returned(returned);
    }
}
