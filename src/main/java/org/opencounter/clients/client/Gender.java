package org.opencounter.clients.client;

public enum Gender {
    MALE, FEMALE
}
