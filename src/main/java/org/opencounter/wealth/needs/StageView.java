package org.opencounter.wealth.needs;

/**
 * A client's life-cycle stage as the page shows it: the one derived from age and family, the one an adviser set
 * instead (with why), and the one that counts.
 */
public record StageView(LifeCycleStage derived, LifeCycleStage override, String reason) {

    public LifeCycleStage effective() {
        return override != null ? override : derived;
    }
}
