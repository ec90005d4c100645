package org.opencounter.clients;

import java.util.Optional;

/**
 * A panel that another module adds to the client 360 page (holdings and orders, suitability, margin,
 * complaints). Implementations are beans; the page shows them in {@link ClientPanelView#order()}.
 */
public interface ClientPanel {

    /** The panel for this client, or empty when the module has nothing to show. */
    Optional<ClientPanelView> panelFor(ClientRef client);
}
