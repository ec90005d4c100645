package org.opencounter.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What a client's securities were worth at past closes, from the module that keeps positions. The clients module
 * adds it to cash when it needs a client's assets over days, as the permission checks do.
 */
public interface SecuritiesValuation {

    /** The closing value of the client's holdings on each of the days the module has a record of. */
    Map<LocalDate, BigDecimal> closingValues(long clientId, Collection<LocalDate> days);

    /** The day of the client's first trade booked with the firm, if any. */
    Optional<LocalDate> firstTrade(long clientId);
}
