package org.opencounter.orders;

import java.math.BigDecimal;

import org.opencounter.clients.CashBalances;

/**
 * A client's credit account as a credit order in one security sees it.
 *
 * @param cash            the credit cash: available, frozen for open buys, and withdrawable (what lies above the
 *                        300% line is the margin module's business, so here it is the available cash)
 * @param heldShares      the security held in the credit account
 * @param sellableShares  held, less frozen for open sells, less bought today (T+1)
 * @param marginAvailable the margin available (保证金可用余额) at the latest prices
 * @param lineAvailable   the credit line less what the financing debts and open financing buys use
 * @param financingRatio  the contract's financing margin ratio (保证金比例)
 * @param financingOwed   the financing debts' principal and interest still owed
 * @param sharesOwed      the shares of this security the lending debts owe
 * @param shortProceeds   what short sales brought in and the lending debts still tie up: it may only buy to return
 * @param lendable        what the firm's lending pool can still lend of this security
 */
public record CreditStanding(long contractId, String contractNumber, boolean active, CashBalances cash,
                             long heldShares, long sellableShares, BigDecimal marginAvailable,
                             BigDecimal lineAvailable, BigDecimal financingRatio, BigDecimal financingOwed,
                             long sharesOwed, BigDecimal shortProceeds, long lendable) {
}
