package org.opencounter.orders.position;

import java.io.Serializable;
import java.util.Objects;

/** A position is one client's holding of one security. */
public class PositionKey implements Serializable {

    private long clientId;
    private String code;

    protected PositionKey() {
    }

    public PositionKey(long clientId, String code) {
        this.clientId = clientId;
        this.code = code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PositionKey key && key.clientId == clientId && Objects.equals(key.code, code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId, code);
    }
}
