package org.opencounter.wealth;

import java.util.Optional;

import org.opencounter.market.TradingCalendar;
import org.opencounter.wealth.assessment.RiskAssessment;
import org.opencounter.wealth.assessment.RiskAssessments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client's risk category as other modules may rely on it: the latest assessment's, while it is valid. */
@Service
@Transactional(readOnly = true)
public class RiskTolerance {

    private final RiskAssessments assessments;
    private final TradingCalendar calendar;

    RiskTolerance(RiskAssessments assessments, TradingCalendar calendar) {
        this.assessments = assessments;
        this.calendar = calendar;
    }

    /** The category of the latest assessment if it is still valid today; empty if none or expired. */
    public Optional<RiskCategory> validCategory(long clientId) {
        return assessments.latest(clientId).filter(assessment -> assessment.validOn(calendar.today()))
                .map(RiskAssessment::category);
    }
}
