package org.opencounter.orders;

import java.util.List;

import org.opencounter.orders.position.Holdings;
import org.springframework.stereotype.Service;

/** A client's securities at the latest prices, for other modules; the caller has checked that the client is visible. */
@Service
public class Portfolio {

    private final Holdings holdings;

    Portfolio(Holdings holdings) {
        this.holdings = holdings;
    }

    public List<HeldSecurity> of(long clientId) {
        return holdings.of(clientId).stream()
                .map(holding -> new HeldSecurity(holding.code(), holding.quantity(), holding.marketValue())).toList();
    }
}
