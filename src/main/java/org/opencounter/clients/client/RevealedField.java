package org.opencounter.clients.client;

/** The masked values a staff member may deliberately reveal. */
public enum RevealedField {
    ID_NUMBER, MOBILE
}
