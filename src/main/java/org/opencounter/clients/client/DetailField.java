package org.opencounter.clients.client;

/** The contact and bank details a client may change after opening: the mobile number, the address, the bank card. */
public enum DetailField {
    MOBILE, ADDRESS, BANK_CARD
}
