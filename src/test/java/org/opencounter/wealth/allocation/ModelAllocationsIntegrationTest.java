package org.opencounter.wealth.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.wealth.RiskCategory;
import org.opencounter.wealth.needs.LifeCycleStage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Advisers keep the 30 model allocations (5 categories × the 5 household stages and institutions); the models are
 * reference data, so the test puts back what it changed.
 */
@IntegrationTest
class ModelAllocationsIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired ModelAllocations models;
    @Autowired AllocationPlans plans;

    private static PlanForm percents(String cash, String fixedIncome, String equity, String alternative) {
        PlanForm form = new PlanForm();
        form.setPercents(new EnumMap<>(Map.of(AssetClass.CASH, new BigDecimal(cash), AssetClass.FIXED_INCOME,
                new BigDecimal(fixedIncome), AssetClass.EQUITY, new BigDecimal(equity), AssetClass.ALTERNATIVE,
                new BigDecimal(alternative))));
        return form;
    }

    @Test
    void everyCategoryAndStageHasAModelThatAddsUp() {
        assertThat(models.all()).hasSize(30).allSatisfy(model -> assertThat(model.weights().fractions().values()
                .stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1"));
    }

    @Test
    void anAdviserChangesAModelAndWeightsThatDoNotAddUpAreRefused() {
        ClientsFixture staff = new ClientsFixture(context);
        Weights before = plans.model(RiskCategory.C5, LifeCycleStage.RETIREMENT);
        try {
            staff.as("wealth", () -> models.update(RiskCategory.C5, LifeCycleStage.RETIREMENT,
                    percents("10", "30", "45", "15")));
            assertThat(plans.model(RiskCategory.C5, LifeCycleStage.RETIREMENT))
                    .isEqualTo(Weights.ofPercent(10, 30, 45, 15));
            assertThatThrownBy(() -> staff.as("wealth", () -> models.update(RiskCategory.C5,
                    LifeCycleStage.RETIREMENT, percents("10", "30", "45", "14.99"))))
                    .isInstanceOf(PlanRefused.class);
        } finally {
            staff.as("wealth", () -> models.update(RiskCategory.C5, LifeCycleStage.RETIREMENT, PlanForm.of(before)));
        }
    }
}
