package org.opencounter.margin.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.margin.MarginFixture;
import org.opencounter.margin.RatioBand;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.TradingDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The domain reference's worked example in a credit account: cash 50,000, 10,000 shares of 600900, financed 300,000
 * with 2,000 of interest; the price moves from 45.00 to 36.00 and 33.00.
 */
@IntegrationTest
class CollateralValuationIntegrationTest {

    private static final String CODE = "600900";
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);
    private static int sequence = 290;

    @Autowired ApplicationContext context;
    @Autowired CollateralValuation valuation;
    @Autowired RatioHistory history;

    private TradingDesk desk;
    private MarginContract contract;

    @BeforeEach
    void aContractBoughtOnMargin() {
        desk = new TradingDesk(context);
        MarginFixture margin = new MarginFixture(context);
        contract = margin.contract(sequence++, "800000");
        margin.workedExample(contract, CODE);
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    private ContractRatio at(String price) {
        desk.quietMarket(CODE, price);
        return valuation.of(contract.id()).orElseThrow();
    }

    @Test
    void at45TheRatioIs165Point56PercentAndNormal() {
        ContractRatio ratio = at("45.00");

        assertThat(ratio.position().assets()).isEqualByComparingTo("500000.00");
        assertThat(ratio.position().debts()).isEqualByComparingTo("302000.00");
        assertThat(ratio.ratio()).isEqualByComparingTo("1.6556");
        assertThat(ratio.band()).isEqualTo(RatioBand.NORMAL);
    }

    @Test
    void aFallTo36IsAWarningAndTo33ACallOf73000() {
        assertThat(at("36.00").band()).isEqualTo(RatioBand.WARNING);

        ContractRatio call = at("33.00");
        assertThat(call.ratio()).isEqualByComparingTo("1.2583");
        assertThat(call.band()).isEqualTo(RatioBand.CALL);
        assertThat(call.cashToRestore()).isEqualByComparingTo("73000.00");
        assertThat(call.salesToRestore()).isEqualByComparingTo("146000.00");
    }

    @Test
    void theMonitorListsTheLowestRatioFirst() {
        at("30.00");

        assertThat(valuation.all(null)).first().satisfies(lowest -> {
            assertThat(lowest.ratio()).isLessThanOrEqualTo(valuation.of(contract.id()).orElseThrow().ratio());
        });
        assertThat(valuation.all(contract.branchId())).extracting(ContractRatio::contractId).contains(contract.id());
        assertThat(valuation.all(contract.branchId() + 1000)).extracting(ContractRatio::contractId)
                .doesNotContain(contract.id());
    }

    @Test
    void eachCloseIsKeptForTheHistory() {
        at("45.00");
        history.record(LocalDate.parse("2026-12-07"));
        at("36.00");
        history.record(LocalDate.parse("2026-12-08"));
        history.record(LocalDate.parse("2026-12-08"));

        assertThat(history.since(contract.id(), LocalDate.parse("2026-12-01")))
                .extracting(RatioHistory.Point::day, RatioHistory.Point::band)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-12-07"), "NORMAL"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-12-08"), "WARNING"));
    }

    @Test
    void aPriceMoveConcernsOnlyTheContractsHoldingOrOwingTheSecurity() {
        at("45.00");

        assertThat(valuation.affectedBy(java.util.List.of(CODE))).extracting(ContractRatio::contractId)
                .contains(contract.id());
        assertThat(valuation.affectedBy(java.util.List.of("000001"))).extracting(ContractRatio::contractId)
                .doesNotContain(contract.id());
        assertThat(valuation.affectedBy(java.util.List.of())).isEmpty();
    }
}
