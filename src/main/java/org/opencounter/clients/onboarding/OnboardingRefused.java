package org.opencounter.clients.onboarding;

import java.util.List;

/**
 * The application breaks rules the form alone could not see; each problem goes next to its field.
 *
 * @param existingClientId the live client already holding the identity document, when that is the problem
 */
public class OnboardingRefused extends RuntimeException {

    private final transient List<FieldProblem> problems;
    private final Long existingClientId;

    public OnboardingRefused(List<FieldProblem> problems, Long existingClientId) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
        this.existingClientId = existingClientId;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public Long existingClientId() {
        return existingClientId;
    }
}
