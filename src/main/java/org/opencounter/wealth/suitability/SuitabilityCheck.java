package org.opencounter.wealth.suitability;

import java.util.Optional;

import org.opencounter.market.SecurityType;
import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.opencounter.orders.Side;
import org.opencounter.wealth.Fit;
import org.opencounter.wealth.SuitabilityEngine;
import org.opencounter.wealth.VerdictReason;
import org.opencounter.wealth.assessment.RiskAssessment;
import org.opencounter.wealth.assessment.RiskAssessments;
import org.opencounter.wealth.product.Product;
import org.opencounter.wealth.product.ProductCatalogue;
import org.springframework.stereotype.Component;

/**
 * Suitability before a buy of a listed fund the catalogue rates: forbidden refuses the order with the rule's reason;
 * a mismatch passes only once the client has confirmed its warning under their current assessment. Stocks, sells
 * and funds the catalogue does not list are not this check's business.
 */
@Component
class SuitabilityCheck implements PreTradeCheck {

    private final ProductCatalogue catalogue;
    private final RiskAssessments assessments;
    private final SuitabilityEngine engine;
    private final RiskConfirmations confirmations;

    SuitabilityCheck(ProductCatalogue catalogue, RiskAssessments assessments, SuitabilityEngine engine,
                     RiskConfirmations confirmations) {
        this.catalogue = catalogue;
        this.assessments = assessments;
        this.engine = engine;
        this.confirmations = confirmations;
    }

    @Override
    public String code() {
        return "SUITABILITY";
    }

    @Override
    public int position() {
        return 800;
    }

    @Override
    public CheckVerdict check(OrderTicket ticket) {
        SecurityType type = ticket.instrument().type();
        if (ticket.side() != Side.BUY || (type != SecurityType.ETF && type != SecurityType.LOF)) {
            return CheckVerdict.pass();
        }
        Optional<Product> product = catalogue.listedFund(ticket.instrument().code());
        if (product.isEmpty()) {
            return CheckVerdict.pass();
        }
        long clientId = ticket.account().clientId();
        RiskAssessment assessment = assessments.latest(clientId).orElse(null);
        var judgement = engine.judge(ticket.account().professional(), assessment, product.get());
        if (judgement.fit() == Fit.FORBIDDEN) {
            VerdictReason reason = judgement.reasons().get(0);
            return CheckVerdict.reject("wealth.check." + reason.key().substring("wealth.reason.".length()),
                    product.get().riskLevel(), assessment == null ? "-" : assessment.category(),
                    assessment == null ? "-" : assessment.validUntil());
        }
        if (judgement.fit() == Fit.WARNING
                && !confirmations.confirmed(clientId, product.get().id(), assessment.id())) {
            return CheckVerdict.reject("wealth.check.confirmationRequired", product.get().riskLevel(),
                    assessment.category());
        }
        return CheckVerdict.pass();
    }
}
