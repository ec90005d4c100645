package org.opencounter.margin;

import java.math.BigDecimal;
import java.util.List;

/**
 * A credit account's holdings as the margin available (保证金可用余额) sees them: cash, collateral bought with the
 * client's own money or deposited, positions bought with financing, and short sales, each security at its conversion
 * rate (折算率).
 */
public record MarginAccount(BigDecimal cash, List<Collateral> collateral, List<Financed> financed,
                            List<Short> shorts, BigDecimal interestAndFees) {

    /** A security held as collateral, at market value. */
    public record Collateral(BigDecimal marketValue, BigDecimal rate) {
    }

    /** A security bought with financing: its market value and the amount financed. */
    public record Financed(BigDecimal marketValue, BigDecimal amount, BigDecimal rate) {
    }

    /** A short sale: what it brought in and what the borrowed shares are worth now. */
    public record Short(BigDecimal proceeds, BigDecimal marketValue, BigDecimal rate) {
    }

    public MarginAccount {
        collateral = List.copyOf(collateral);
        financed = List.copyOf(financed);
        shorts = List.copyOf(shorts);
    }

    /**
     * cash + Σ(collateral × rate) + Σ[(financed value − financed amount) × rate] + Σ[(proceeds − shorted value) × rate]
     * − Σ proceeds − Σ(financed amount × financing margin ratio) − Σ(shorted value × lending margin ratio)
     * − interest and fees, where a loss in either bracket counts in full, not at the rate; to the cent.
     */
    public BigDecimal marginAvailable(BigDecimal financingMarginRatio, BigDecimal lendingMarginRatio) {
        BigDecimal available = cash.subtract(interestAndFees);
        for (Collateral held : collateral) {
            available = available.add(held.marketValue().multiply(held.rate()));
        }
        for (Financed bought : financed) {
            available = available.add(atRateIfGain(bought.marketValue().subtract(bought.amount()), bought.rate()))
                    .subtract(bought.amount().multiply(financingMarginRatio));
        }
        for (Short sold : shorts) {
            available = available.add(atRateIfGain(sold.proceeds().subtract(sold.marketValue()), sold.rate()))
                    .subtract(sold.proceeds())
                    .subtract(sold.marketValue().multiply(lendingMarginRatio));
        }
        return available.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal atRateIfGain(BigDecimal gain, BigDecimal rate) {
        return gain.signum() >= 0 ? gain.multiply(rate) : gain;
    }
}
