package org.opencounter.clients.client;

/** Why a fund account is frozen: a court or authority's order, a risk decision, or a long-dormant account. */
public enum FreezeKind {
    JUDICIAL, RISK, DORMANT
}
