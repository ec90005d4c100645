package org.opencounter.clients.client;

public enum Education {
    HIGH_SCHOOL_OR_BELOW, COLLEGE, BACHELOR, MASTER, DOCTORATE
}
