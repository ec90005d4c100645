package org.opencounter.clients;

/** The client a panel is asked about; the caller has already checked that the staff member may see it. */
public record ClientRef(long id, long branchId, String name, String fundAccountNumber) {
}
