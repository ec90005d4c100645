package org.opencounter.orders.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.opencounter.market.FeeRates;
import org.opencounter.orders.Side;

class TradeFeesTest {

    /** The schedule since 2023-08-28: commission 0.025% min 5, stamp 0.05% on sells, transfer 0.001%, exchange fees in commission. */
    static final FeeRates RATES = new FeeRates(new BigDecimal("0.00025"), new BigDecimal("5.00"), new BigDecimal("0.003"),
            new BigDecimal("0.0005"), new BigDecimal("0.00001"), new BigDecimal("0.0000341"), true,
            new BigDecimal("0.00002"), true);

    private final TradeFees fees = new TradeFees(RATES, null);

    @Test
    void buyingOneThousandAt35_20Pays35209_15() {
        Fees buy = fees.ofOrder(Side.BUY, new BigDecimal("35200.00"));
        assertThat(buy.commission()).isEqualByComparingTo("8.80");
        assertThat(buy.transferFee()).isEqualByComparingTo("0.35");
        assertThat(buy.stampDuty()).isEqualByComparingTo("0.00");
        assertThat(new BigDecimal("35200.00").add(buy.total())).isEqualByComparingTo("35209.15");
    }

    @Test
    void sellingOneHundredAt10Receives994_49() {
        Fees sell = fees.ofOrder(Side.SELL, new BigDecimal("1000.00"));
        assertThat(sell.commission()).isEqualByComparingTo("5.00");
        assertThat(sell.stampDuty()).isEqualByComparingTo("0.50");
        assertThat(sell.transferFee()).isEqualByComparingTo("0.01");
        assertThat(new BigDecimal("1000.00").subtract(sell.total())).isEqualByComparingTo("994.49");
    }

    @Test
    void commissionMinimumAppliesExactlyAtTwentyThousand() {
        assertThat(fees.ofOrder(Side.BUY, new BigDecimal("20000.00")).commission()).isEqualByComparingTo("5.00");
        assertThat(fees.ofOrder(Side.BUY, new BigDecimal("19999.99")).commission()).isEqualByComparingTo("5.00");
        assertThat(fees.ofOrder(Side.BUY, new BigDecimal("20040.00")).commission()).isEqualByComparingTo("5.01");
    }

    @Test
    void fillsOfOneOrderPayTheMinimumOnceAndAddUpToTheOrdersFees() {
        Fees first = fees.ofFill(Side.BUY, BigDecimal.ZERO, new BigDecimal("10000.00"), Fees.NONE);
        assertThat(first.commission()).isEqualByComparingTo("5.00");
        Fees paid = first;
        Fees second = fees.ofFill(Side.BUY, new BigDecimal("10000.00"), new BigDecimal("25200.00"), paid);
        assertThat(second.commission()).isEqualByComparingTo("3.80");
        assertThat(first.transferFee().add(second.transferFee())).isEqualByComparingTo("0.35");
    }

    @Test
    void stampDutyIsChargedOnSellsOnly() {
        assertThat(fees.ofOrder(Side.BUY, new BigDecimal("100000.00")).stampDuty()).isEqualByComparingTo("0.00");
        assertThat(fees.ofOrder(Side.SELL, new BigDecimal("100000.00")).stampDuty()).isEqualByComparingTo("50.00");
    }

    @Test
    void stampDutyRoundsHalfUpPerTrade() {
        assertThat(fees.ofOrder(Side.SELL, new BigDecimal("1010.00")).stampDuty()).isEqualByComparingTo("0.51");
        assertThat(fees.ofOrder(Side.SELL, new BigDecimal("1009.99")).stampDuty()).isEqualByComparingTo("0.50");
    }

    @Test
    void aTinyOddLotSaleNeverCostsMoreThanItBrings() {
        Fees sell = fees.ofOrder(Side.SELL, new BigDecimal("3.00"));
        assertThat(sell.commission()).isEqualByComparingTo("3.00");
        assertThat(new BigDecimal("3.00").subtract(sell.total())).isEqualByComparingTo("0.00");
    }

    @Test
    void aNegotiatedRateReplacesTheDefault() {
        TradeFees vip = new TradeFees(RATES, new BigDecimal("0.0001"));
        assertThat(vip.ofOrder(Side.BUY, new BigDecimal("100000.00")).commission()).isEqualByComparingTo("10.00");
    }

    @Test
    void exchangeFeesOutsideTheCommissionAreChargedOnTop() {
        FeeRates separate = new FeeRates(RATES.commissionRate(), RATES.commissionMinimum(), RATES.commissionCap(),
                RATES.stampDuty(), RATES.transferFee(), RATES.handlingFee(), false, RATES.regulatoryFee(), false);
        Fees buy = new TradeFees(separate, null).ofOrder(Side.BUY, new BigDecimal("100000.00"));
        assertThat(buy.exchangeFees()).isEqualByComparingTo("5.41");
    }
}
