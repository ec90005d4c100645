package org.opencounter.clients.client;

import org.opencounter.platform.Refusal;

/** An account lifecycle change (freeze, close, reassignment) the rules refuse. */
public class AccountRuleViolation extends Refusal {

    public AccountRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
