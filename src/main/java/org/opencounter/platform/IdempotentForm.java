package org.opencounter.platform;

import java.util.UUID;

/**
 * A form whose submission creates a record once, however often it is sent: it carries a key made when the form was
 * shown, and the service answers a second submission with the first one's record.
 */
public abstract class IdempotentForm {

    private String requestKey = UUID.randomUUID().toString();

    public String getRequestKey() {
        return requestKey;
    }

    public void setRequestKey(String requestKey) {
        this.requestKey = requestKey == null || requestKey.isBlank() ? UUID.randomUUID().toString() : requestKey;
    }
}
