package org.opencounter.clients;

/**
 * Freezes a client's fund account when compliance confirms a sanctions or watch-list hit. The freeze takes the
 * place of any other one the account had (its reason kept), and only a compliance officer lifts it.
 */
public interface SanctionsFreeze {

    /**
     * @param reason why, as the client's page shows it
     * @param reference the hit or decision it rests on
     */
    void freezeOnListHit(long clientId, String reason, String reference);
}
