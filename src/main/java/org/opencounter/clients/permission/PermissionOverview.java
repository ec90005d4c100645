package org.opencounter.clients.permission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientKind;

/**
 * A client's permissions for every board, with the daily assets averaged and the first trade the firm knows of.
 *
 * @param client      the client, visible to the staff member who asked
 * @param accountOpen whether the client has a fund account at all
 */
public record PermissionOverview(Client client, boolean accountOpen, List<BoardPermission> boards,
                                 List<DayAssets> days, BigDecimal averageAssets, LocalDate ownFirstTrade) {

    public boolean institution() {
        return client.getKind() == ClientKind.INSTITUTION;
    }

    /** One day's assets at the close, as the page lists them. */
    public record DayAssets(LocalDate day, BigDecimal cash, BigDecimal securities) {

        public BigDecimal total() {
            return cash.add(securities);
        }
    }
}
