package org.opencounter.clients.prospect;

/** A prospect change the rules refuse; names the field (or none) and the message key. */
public class ProspectRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ProspectRuleViolation(String field, String messageKey) {
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
