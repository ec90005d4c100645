package org.opencounter.clients.client;

/** Depository banks for the client's settlement account (三方存管). */
public enum Bank {
    ICBC, CCB, ABC, BOC, BOCOM, CMB, SPDB, CIB, CITIC, PAB
}
