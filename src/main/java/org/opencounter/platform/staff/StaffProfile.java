package org.opencounter.platform.staff;

/** The descriptive part of a staff account that an admin edits. */
public record StaffProfile(String displayName, String employeeNumber, String sacNumber, String email, String phone) {
}
