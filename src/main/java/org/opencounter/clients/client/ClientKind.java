package org.opencounter.clients.client;

/** An individual (个人) or an institution (机构). */
public enum ClientKind {
    INDIVIDUAL, INSTITUTION
}
