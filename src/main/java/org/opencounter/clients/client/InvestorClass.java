package org.opencounter.clients.client;

/** Ordinary investors get the extra protection of the suitability rules; professional ones are classed with evidence. */
public enum InvestorClass {
    ORDINARY, PROFESSIONAL
}
