package org.opencounter.clients.onboarding;

/** A rule broken by one field of a form (or by the form as a whole when {@code field} is null). */
public record FieldProblem(String field, String messageKey, Object... arguments) {
}
