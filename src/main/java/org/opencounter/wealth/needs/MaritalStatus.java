package org.opencounter.wealth.needs;

/** The family situation the life-cycle stage is derived from, with the number of dependent children. */
public enum MaritalStatus {
    SINGLE, MARRIED, DIVORCED_OR_WIDOWED
}
