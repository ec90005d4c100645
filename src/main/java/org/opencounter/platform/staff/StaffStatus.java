package org.opencounter.platform.staff;

/** Whether a staff account may sign in; "locked" is a passing state derived from failed logins. */
public enum StaffStatus {
    ACTIVE, DISABLED, LOCKED
}
