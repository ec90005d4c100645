package org.opencounter.compliance;

/**
 * Disclosure review (信息披露审核) for material other modules publish: it is checked against the dictionary and
 * reviewed by a compliance officer, and its module hears the outcome - {@link PublicationCleared} once an officer has
 * approved and released it, {@link PublicationReturned} when it goes back with comments - so that nothing is
 * published without approval. The author revises returned material where it was written and sends it again.
 */
public interface PublicationReview {

    /**
     * Submits the material; answers the review it went to. The same request key sent twice submits once.
     *
     * @throws org.opencounter.platform.Refusal naming the field (title, body) when the text is refused
     */
    PublicationReceipt submit(Publication publication);

    /**
     * Sends returned material again with its revised text, checked again.
     *
     * @throws org.opencounter.platform.Refusal when the review is not returned, or the text is refused
     */
    void resubmit(long reviewId, String title, String body);
}
