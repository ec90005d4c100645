package org.opencounter.compliance.screening;

import java.util.List;

/**
 * What importing a watch-list file came to: the new version, or the problems that refused the file (nothing saved).
 *
 * @param repeated the same form was sent again: the version it made the first time
 */
public record ListImport(WatchListVersion version, List<ListProblem> problems, boolean repeated) {

    public boolean accepted() {
        return problems.isEmpty();
    }
}
