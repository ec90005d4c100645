package org.opencounter.wealth.suitability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opencounter.wealth.Fit;
import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.RiskLevel;
import org.opencounter.wealth.VerdictReason;
import org.opencounter.wealth.assessment.RiskAssessment;

/**
 * The suitability rules (证券期货投资者适当性管理办法, CSRC order 130, and the industry's implementation guideline):
 * professional investors are not matched; ordinary investors need a valid assessment, may not buy professional-only
 * products, and buy above their category, beyond their horizon or outside their varieties only after an enhanced
 * warning they confirm, except the lowest category (C1), who may never buy above their level.
 */
public final class SuitabilityRules {

    /** The version of these rules that each stored verdict names. */
    public static final String VERSION = "2026.1";

    private SuitabilityRules() {
    }

    /** The client as the rules see them; the assessment is their latest, or null when they have none. */
    public record Investor(boolean professional, RiskAssessment assessment) {
    }

    /** The product as the rules see it. */
    public record Offer(RiskLevel level, InvestmentHorizon horizon, InvestmentVariety variety,
                        boolean professionalOnly) {
    }

    /** The verdict and every reason behind it: forbidding reasons win over warnings. */
    public record Judgement(Fit fit, List<VerdictReason> reasons) {
    }

    public static Judgement judge(Investor investor, Offer offer, LocalDate today) {
        if (investor.professional()) {
            return new Judgement(Fit.MATCH, List.of(VerdictReason.of("wealth.reason.professional")));
        }
        List<VerdictReason> forbidding = new ArrayList<>();
        List<VerdictReason> warnings = new ArrayList<>();
        if (offer.professionalOnly()) {
            forbidding.add(VerdictReason.of("wealth.reason.professionalOnly"));
        }
        RiskAssessment assessment = investor.assessment();
        if (assessment == null) {
            forbidding.add(VerdictReason.of("wealth.reason.noAssessment"));
        } else if (!assessment.validOn(today)) {
            forbidding.add(VerdictReason.of("wealth.reason.expired", assessment.validUntil()));
        } else {
            if (!assessment.category().tolerates(offer.level())) {
                (assessment.category().lowest() ? forbidding : warnings).add(VerdictReason.of(
                        assessment.category().lowest() ? "wealth.reason.lowestCategory" : "wealth.reason.riskAbove",
                        offer.level(), assessment.category(), assessment.category().highestLevel()));
            }
            if (!assessment.horizon().covers(offer.horizon())) {
                warnings.add(VerdictReason.of("wealth.reason.horizonLonger", "#wealth.horizon." + offer.horizon(),
                        "#wealth.horizon." + assessment.horizon()));
            }
            if (!assessment.varieties().contains(offer.variety())) {
                warnings.add(VerdictReason.of("wealth.reason.varietyNotChosen", "#wealth.variety." + offer.variety()));
            }
        }
        if (!forbidding.isEmpty()) {
            forbidding.addAll(warnings);
            return new Judgement(Fit.FORBIDDEN, forbidding);
        }
        if (!warnings.isEmpty()) {
            return new Judgement(Fit.WARNING, warnings);
        }
        return new Judgement(Fit.MATCH, List.of(VerdictReason.of("wealth.reason.matched", offer.level(),
                assessment.category())));
    }
}
