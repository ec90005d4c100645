package org.opencounter.orders.order;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs a step once the current transaction has committed: orders reach the exchange only after they are saved. */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable step) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                step.run();
            }
        });
    }
}
