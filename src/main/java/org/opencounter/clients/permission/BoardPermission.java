package org.opencounter.clients.permission;

import java.time.Instant;

import org.opencounter.clients.TradingPermission;

/**
 * One board as the client's permission page shows it: granted (with when and by whom), waiting for approval, or
 * open to apply for, with the client's standing against the rule either way.
 */
public record BoardPermission(TradingPermission board, Granted granted, PermissionApplication pending,
                              Eligibility eligibility) {

    public boolean mayApply() {
        return granted == null && pending == null;
    }

    /** A permission the client holds. */
    public record Granted(Instant at, String by, String evidence) {
    }
}
