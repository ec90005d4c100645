package org.opencounter.wealth.suitability;

import java.util.List;

import org.opencounter.wealth.Fit;
import org.opencounter.wealth.SuitabilityEngine;
import org.opencounter.wealth.assessment.RiskAssessment;
import org.opencounter.wealth.assessment.RiskAssessments;
import org.opencounter.wealth.product.Product;
import org.springframework.stereotype.Component;

/**
 * Whether a client may buy a product now, for every way of buying (an exchange order of a listed fund, a
 * subscription): forbidden refuses with the rule's reason; a mismatch passes only once the client confirmed its
 * warning under their current assessment.
 */
@Component
public class PurchaseClearance {

    /**
     * The answer: the fit, and when refused the reason's name ({@code lowestCategory}, {@code confirmationRequired},
     * …) with its figures (risk level, category, valid-until day), for the caller to put under its own message keys.
     */
    public record Clearance(Fit fit, String refusal, List<Object> figures) {

        public boolean refused() {
            return refusal != null;
        }
    }

    private final RiskAssessments assessments;
    private final SuitabilityEngine engine;
    private final RiskConfirmations confirmations;

    PurchaseClearance(RiskAssessments assessments, SuitabilityEngine engine, RiskConfirmations confirmations) {
        this.assessments = assessments;
        this.engine = engine;
        this.confirmations = confirmations;
    }

    public Clearance clear(long clientId, boolean professional, Product product) {
        RiskAssessment assessment = assessments.latest(clientId).orElse(null);
        SuitabilityRules.Judgement judgement = engine.judge(professional, assessment, product);
        if (judgement.fit() == Fit.FORBIDDEN) {
            String reason = judgement.reasons().get(0).key().substring("wealth.reason.".length());
            return new Clearance(judgement.fit(), reason, List.of(product.riskLevel(),
                    assessment == null ? "-" : assessment.category(),
                    assessment == null ? "-" : assessment.validUntil()));
        }
        if (judgement.fit() == Fit.WARNING && !confirmations.confirmed(clientId, product.id(), assessment.id())) {
            return new Clearance(judgement.fit(), "confirmationRequired",
                    List.of(product.riskLevel(), assessment.category()));
        }
        return new Clearance(judgement.fit(), null, List.of());
    }
}
