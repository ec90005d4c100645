package org.opencounter.wealth.assessment;

import java.util.Map;
import java.util.Set;

import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;

/**
 * What the client answered: one option per question (by id), the horizon and the varieties they mean to invest in,
 * and the form's idempotency key so that a second submission records nothing more.
 */
public record AssessmentAnswers(Map<Long, Long> optionByQuestion, InvestmentHorizon horizon,
                                Set<InvestmentVariety> varieties, String idempotencyKey) {
}
