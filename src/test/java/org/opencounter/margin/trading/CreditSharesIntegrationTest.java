package org.opencounter.margin.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.margin.MarginFixture;
import org.opencounter.margin.MarginRefused;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.TradingDesk;
import org.opencounter.orders.position.PositionKey;
import org.opencounter.orders.position.PositionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Collateral moved between the ordinary and the credit account (担保品划转) on the worked example's contract (cash
 * 50,000, 10,000 shares of 601988, financed 300,000, interest 2,000), the client also holding 2,000 shares of 601988
 * in the ordinary account.
 */
@IntegrationTest
class CreditSharesIntegrationTest {

    private static final String CODE = "601988";
    /** On the demo lists at 0%: a loss-making stock. */
    private static final String NOT_COLLATERAL = "688599";
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);
    private static int sequence = 390;

    @Autowired ApplicationContext context;
    @Autowired CreditShares shares;
    @Autowired CreditPositions creditPositions;
    @Autowired PositionRepository positions;

    private TradingDesk desk;
    private MarginFixture margin;
    private MarginContract contract;

    @BeforeEach
    void theWorkedExampleAndAnOrdinaryHolding() {
        desk = new TradingDesk(context);
        margin = new MarginFixture(context);
        contract = margin.contract(sequence++, "800000");
        margin.workedExample(contract, CODE);
        desk.holds(contract.clientId(), CODE, 2000, "9200.00");
        desk.holds(contract.clientId(), NOT_COLLATERAL, 1000, "10000.00");
        desk.quietMarket(CODE, "45.00");
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    private void asClerk(Runnable work) {
        margin.staff().as("clerk", work);
    }

    private long ordinary(String code) {
        return positions.findById(new PositionKey(contract.clientId(), code)).orElseThrow().getQuantity();
    }

    @Test
    void collateralMovesInOnceWithItsCostAndSellableAtOnce() {
        asClerk(() -> shares.collateralIn(contract.id(), CODE, 1500, "in-1"));
        asClerk(() -> shares.collateralIn(contract.id(), CODE, 1500, "in-1"));

        assertThat(ordinary(CODE)).isEqualTo(500);
        CreditPositions.Held held = creditPositions.held(contract.id(), CODE);
        assertThat(held.quantity()).isEqualTo(11500);
        assertThat(held.sellable()).isEqualTo(11500);
        // 9,200.00 for 2,000 shares: 6,900.00 went with the 1,500
        assertThat(held.cost()).isEqualByComparingTo("306900.0000");

        assertThatThrownBy(() -> asClerk(() -> shares.collateralIn(contract.id(), CODE, 501, "in-2")))
                .isInstanceOf(MarginRefused.class).hasMessageContaining("orders.transfer.notEnoughShares");
        assertThatThrownBy(() -> asClerk(() -> shares.collateralIn(contract.id(), NOT_COLLATERAL, 100, "in-3")))
                .isInstanceOf(MarginRefused.class).hasMessageContaining("margin.trade.check.notCollateral");
        assertThat(ordinary(NOT_COLLATERAL)).isEqualTo(1000);
    }

    @Test
    void collateralLeavesOnlyWhatKeepsTheRatioAtThreeHundredPercent() {
        // at 45.00 the ratio is 165.56%: nothing may leave
        assertThatThrownBy(() -> asClerk(() -> shares.collateralOut(contract.id(), CODE, 100, "out-1")))
                .isInstanceOf(MarginRefused.class).hasMessageContaining("margin.account.collateralOut.tooMuch");

        // at 100.00: 1,050,000 of assets against 300% of 302,000 = 906,000 leaves 144,000 that may go
        desk.quietMarket(CODE, "100.00");
        assertThatThrownBy(() -> asClerk(() -> shares.collateralOut(contract.id(), CODE, 1500, "out-2")))
                .isInstanceOf(MarginRefused.class);
        asClerk(() -> shares.collateralOut(contract.id(), CODE, 1400, "out-3"));

        assertThat(creditPositions.held(contract.id(), CODE).quantity()).isEqualTo(8600);
        assertThat(ordinary(CODE)).isEqualTo(3400);
    }
}
