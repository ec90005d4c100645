package org.opencounter.platform;

/** A module's demo data, loaded on first start in demo mode, in ascending {@link #order()}. */
public interface DemoDataSet {

    int order();

    /** Loads the data unless it is already there; must be safe to call on every start. */
    void loadIfAbsent();
}
