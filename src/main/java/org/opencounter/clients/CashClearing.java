package org.opencounter.clients;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The firm's cash settlement with the clearing house (CSDC) for a trade date: the net of the day's purchases and
 * sales as the ledger's clearing account holds it, paid from or received into the bank settlement account once.
 * Sale proceeds of the trade date become withdrawable when it settles.
 */
public interface CashClearing {

    /** What the firm owes the clearing house for the trade date (negative: what it is owed), from the ledger. */
    BigDecimal payable(LocalDate tradeDate);

    /** Whether the trade date has settled. */
    boolean settled(LocalDate tradeDate);

    /** Settles the trade date's payable in the caller's transaction; a date that settled before changes nothing. */
    BigDecimal settle(LocalDate tradeDate, String actor);
}
