package org.opencounter.wealth.allocation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.wealth.RiskCategory;
import org.opencounter.wealth.needs.LifeCycleStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The model allocations plans start from, one per risk category and life-cycle stage, kept by the advisers. */
@Service
@Transactional
public class ModelAllocations {

    /** One model with its expected return and volatility under the current assumptions. */
    public record Model(RiskCategory category, LifeCycleStage stage, Weights weights,
                        BigDecimal expectedReturn, BigDecimal volatility) {
    }

    private final AllocationPlans plans;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ModelAllocations(AllocationPlans plans, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Model> all() {
        CapitalMarketAssumptions assumptions = plans.assumptions();
        return Arrays.stream(RiskCategory.values()).flatMap(category -> Arrays.stream(
                LifeCycleStage.values()).map(stage -> {
                    Weights weights = plans.model(category, stage);
                    return new Model(category, stage, weights, assumptions.expectedReturn(weights),
                            assumptions.volatility(weights));
                })).toList();
    }

    /** Replaces one model's weights; they must add up to 100%. */
    public void update(RiskCategory category, LifeCycleStage stage, PlanForm percents) {
        Weights before = plans.model(category, stage);
        Weights after = percents.weights();
        if (after == null) {
            throw new PlanRefused("wealth.plan.weightsAddUp");
        }
        jdbc.sql("""
                        update wealth_model_allocation set cash = ?, fixed_income = ?, equity = ?, alternative = ?,
                            updated_by = ?, updated_at = ?
                        where category = ? and stage = ?""")
                .params(after.of(AssetClass.CASH), after.of(AssetClass.FIXED_INCOME), after.of(AssetClass.EQUITY),
                        after.of(AssetClass.ALTERNATIVE), CurrentStaff.require().username(),
                        Timestamp.from(clock.instant()), category.name(), stage.name())
                .update();
        audit.record(AuditRecord.change("wealth.model.update", "ModelAllocation", category + "/" + stage,
                Map.of("weights", before.fractions()), Map.of("weights", after.fractions())));
    }
}
