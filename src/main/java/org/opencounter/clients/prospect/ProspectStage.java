package org.opencounter.clients.prospect;

/** The pipeline: lead → contacted → qualified → converted, or lost (with a reason) from any open stage. */
public enum ProspectStage {
    LEAD, CONTACTED, QUALIFIED, CONVERTED, LOST;

    public boolean open() {
        return this != CONVERTED && this != LOST;
    }
}
