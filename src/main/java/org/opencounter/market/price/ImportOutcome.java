package org.opencounter.market.price;

import java.io.Serializable;
import java.util.List;

/** What an import did: nothing at all when there are problems, otherwise how many bars were new or changed. */
public record ImportOutcome(int lines, int written, List<ImportProblem> problems) implements Serializable {

    public boolean accepted() {
        return problems.isEmpty();
    }

    /** Lines that matched what was already stored. */
    public int unchanged() {
        return lines - written;
    }
}
