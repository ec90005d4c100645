package org.opencounter.clients.onboarding;

import java.util.List;

/** The outcome of an import: all rows recorded as pending clients awaiting one approval, or none and the problems. */
public record ImportResult(String fileName, int rows, List<ImportProblem> problems, int imported) {

    public boolean accepted() {
        return problems.isEmpty();
    }
}
