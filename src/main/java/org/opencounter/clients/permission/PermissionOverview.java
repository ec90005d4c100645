package org.opencounter.clients.permission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's permissions for every board, with the daily assets averaged and the first trade the firm knows of.
 *
 * @param accountOpen whether the client has a fund account at all
 */
public record PermissionOverview(boolean accountOpen, boolean institution, List<BoardPermission> boards,
                                 List<DayAssets> days, BigDecimal averageAssets, LocalDate ownFirstTrade) {

    /** One day's assets at the close, as the page lists them. */
    public record DayAssets(LocalDate day, BigDecimal cash, BigDecimal securities) {

        public BigDecimal total() {
            return cash.add(securities);
        }
    }
}
