package org.opencounter.wealth.allocation;

import java.math.BigDecimal;
import java.util.Map;

/** What a client holds now by asset class (cash in the fund account, securities at the latest prices). */
public record HeldAllocation(Map<AssetClass, BigDecimal> values) {

    public BigDecimal total() {
        return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Weights weights() {
        return Weights.ofValues(values);
    }
}
