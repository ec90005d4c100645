package org.opencounter.market.web;

import org.opencounter.market.PriceBand;
import org.opencounter.market.Quote;
import org.opencounter.market.security.Security;

/** A security with its latest quote and today's limit band, as the pages show it. */
public record SecurityRow(Security security, Quote quote, PriceBand band) {
}
