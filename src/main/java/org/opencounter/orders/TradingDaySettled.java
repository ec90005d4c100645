package org.opencounter.orders;

import java.time.Instant;
import java.time.LocalDate;

/** A trade date settled: its trades and cash are final, today's purchases are sellable, its open orders expired. */
public record TradingDaySettled(LocalDate tradeDate, int tradesSettled, Instant at) {
}
