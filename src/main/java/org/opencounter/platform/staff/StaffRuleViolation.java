package org.opencounter.platform.staff;

/** A staff command broke a business rule; {@code field} is the form field to show it next to, or null. */
public class StaffRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;

    StaffRuleViolation(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
