package org.opencounter.wealth.complaint;

/**
 * Where a complaint came in: the counter, phone, letter, e-mail, online, or a regulator passing it on (the 12386
 * hotline, the CSRC office).
 */
public enum ComplaintChannel {
    COUNTER, PHONE, LETTER, EMAIL, ONLINE, REGULATOR
}
