package org.opencounter.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One security's day: open, high, low, close, previous close, volume in shares, turnover in CNY. */
public record DailyBar(String code, LocalDate tradeDate, BigDecimal open, BigDecimal high, BigDecimal low,
                       BigDecimal close, BigDecimal prevClose, long volume, BigDecimal turnover, boolean simulated) {
}
