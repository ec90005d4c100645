package org.opencounter.wealth.target;

/**
 * What a sales target measures, always from what was recorded, never typed in: the subscriptions sold, the accounts
 * opened, or the value of the products clients hold.
 */
public enum TargetMetric {
    /** Subscriptions (认购/申购) of catalogue products in the period, by amount. */
    PRODUCT_SALES,
    /** Client accounts opened in the period. */
    NEW_CLIENTS,
    /** Products held by the clients, at the latest net asset value. */
    ASSETS_UNDER_ADVICE
}
