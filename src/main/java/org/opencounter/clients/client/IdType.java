package org.opencounter.clients.client;

/** The identity documents a client opens with; institutions use their unified social credit code. */
public enum IdType {
    RESIDENT_ID, PASSPORT, HK_MACAU_PERMIT, TAIWAN_PERMIT, CREDIT_CODE;

    /** Whether the document is issued outside the mainland identity system. */
    public boolean foreign() {
        return this == PASSPORT || this == HK_MACAU_PERMIT || this == TAIWAN_PERMIT;
    }
}
