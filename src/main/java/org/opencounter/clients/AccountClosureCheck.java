package org.opencounter.clients;

import java.util.Optional;

/**
 * What another module says against closing a client's accounts: the orders module answers for positions and open
 * orders, margin for open contracts. Implementations are beans; any answer blocks the closure.
 */
public interface AccountClosureCheck {

    /** The message key of why the client's accounts cannot close now, or empty. */
    Optional<String> blockingReason(long clientId);
}
