package org.opencounter.orders.statement;

import org.opencounter.platform.Refusal;

/** A statement that cannot be made for the period asked, with the translated reason's key. */
public class StatementUnavailable extends Refusal {

    public StatementUnavailable(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
