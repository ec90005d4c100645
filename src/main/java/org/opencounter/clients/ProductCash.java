package org.opencounter.clients;

/**
 * The cash side of product sales (认购/申购, 赎回), posted to the client's ledger: a subscription is paid out of
 * available cash to the product settlement account, a redemption's proceeds come back into available cash. Callers
 * hold the account lock in their transaction.
 */
public interface ProductCash {

    /** Pays a subscription out of available cash; refuses with {@link InsufficientCash} when it is short. */
    void paySubscription(CashMovement movement);

    /** Credits a redemption's proceeds to available cash. */
    void receiveRedemption(CashMovement movement);
}
