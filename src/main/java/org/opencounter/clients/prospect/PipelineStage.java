package org.opencounter.clients.prospect;

import java.math.BigDecimal;

/** One column of the pipeline view: how many prospects are at the stage and their estimated assets. */
public record PipelineStage(ProspectStage stage, long count, BigDecimal assets) {
}
