package org.opencounter.clients.client;

/** Tax residency declaration (税收居民身份声明, CRS). */
public enum TaxResidency {
    CHINA_ONLY, OTHER_ONLY, CHINA_AND_OTHER
}
