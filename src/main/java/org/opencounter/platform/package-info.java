/**
 * Staff, branches, roles, login, audit trail, maker-checker approvals, layout and i18n: what every other module builds on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.opencounter.platform;
