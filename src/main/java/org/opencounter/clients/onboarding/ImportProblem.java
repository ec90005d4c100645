package org.opencounter.clients.onboarding;

/**
 * What is wrong with one row (or, at line 0, with the file) of an import.
 *
 * @param messageKey a message key with its arguments, or null when {@code text} is already translated
 */
public record ImportProblem(int line, String column, String messageKey, Object[] arguments, String text) {
}
