package org.opencounter.wealth.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/** How a portfolio is split across the asset classes, as fractions to six places that add up to 1. */
public record Weights(Map<AssetClass, BigDecimal> fractions) {

    public Weights {
        EnumMap<AssetClass, BigDecimal> copy = new EnumMap<>(AssetClass.class);
        for (AssetClass asset : AssetClass.values()) {
            BigDecimal fraction = fractions.getOrDefault(asset, BigDecimal.ZERO);
            if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(asset + " weight out of range: " + fraction);
            }
            copy.put(asset, fraction.setScale(6, RoundingMode.UNNECESSARY));
        }
        if (copy.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("Weights must add up to 100%: " + copy);
        }
        fractions = copy;
    }

    /** Weights from whole percentages, e.g. 10 / 40 / 40 / 10. */
    public static Weights ofPercent(int cash, int fixedIncome, int equity, int alternative) {
        return new Weights(Map.of(AssetClass.CASH, percent(cash), AssetClass.FIXED_INCOME, percent(fixedIncome),
                AssetClass.EQUITY, percent(equity), AssetClass.ALTERNATIVE, percent(alternative)));
    }

    /** The weights of holdings by value; all cash when there is nothing. */
    public static Weights ofValues(Map<AssetClass, BigDecimal> values) {
        BigDecimal total = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() <= 0) {
            return ofPercent(100, 0, 0, 0);
        }
        EnumMap<AssetClass, BigDecimal> fractions = new EnumMap<>(AssetClass.class);
        BigDecimal assigned = BigDecimal.ZERO;
        AssetClass largest = AssetClass.CASH;
        for (AssetClass asset : AssetClass.values()) {
            BigDecimal value = values.getOrDefault(asset, BigDecimal.ZERO);
            BigDecimal fraction = value.divide(total, 6, RoundingMode.HALF_UP);
            fractions.put(asset, fraction);
            assigned = assigned.add(fraction);
            if (value.compareTo(values.getOrDefault(largest, BigDecimal.ZERO)) > 0) {
                largest = asset;
            }
        }
        // rounding leaves at most a few millionths over or under: the largest holding absorbs them
        fractions.merge(largest, BigDecimal.ONE.subtract(assigned), BigDecimal::add);
        return new Weights(fractions);
    }

    /** The fractions in class order, comma-separated, as the charts read them. */
    public String joined() {
        return String.join(",", fractions.values().stream().map(BigDecimal::toPlainString).toList());
    }

    public BigDecimal of(AssetClass asset) {
        return fractions.get(asset);
    }

    private static BigDecimal percent(int value) {
        return BigDecimal.valueOf(value).movePointLeft(2);
    }
}
