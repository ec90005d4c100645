package org.opencounter.clients.client;

/**
 * Why a fund account is frozen: a court or authority's order, a risk decision, a long-dormant account, or a confirmed
 * sanctions or watch-list hit (lifted by compliance only).
 */
public enum FreezeKind {
    JUDICIAL, RISK, DORMANT, SANCTIONS;

    /** The kinds staff choose when freezing by hand; a list freeze comes only from a confirmed screening hit. */
    public static java.util.List<FreezeKind> byHand() {
        return java.util.List.of(JUDICIAL, RISK, DORMANT);
    }
}
