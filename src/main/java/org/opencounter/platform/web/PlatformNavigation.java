package org.opencounter.platform.web;

import java.util.EnumSet;
import java.util.List;

import org.opencounter.platform.NavigationContributor;
import org.opencounter.platform.NavigationItem;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/** The platform's entries in the side navigation. */
@Component
class PlatformNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        EnumSet<Role> everyone = EnumSet.allOf(Role.class);
        return List.of(
                new NavigationItem("platform.nav.workspace", "platform.nav.home", "/", "house", everyone, 0),
                new NavigationItem("platform.nav.workspace", "platform.nav.approvals", "/approvals", "check2-square",
                        everyone, 10),
                new NavigationItem("platform.nav.administration", "platform.nav.staff", "/admin/staff", "people",
                        EnumSet.of(Role.ADMIN), 900),
                new NavigationItem("platform.nav.administration", "platform.nav.branches", "/admin/branches",
                        "building", EnumSet.of(Role.ADMIN), 910),
                new NavigationItem("platform.nav.administration", "platform.nav.audit", "/audit", "journal-text",
                        EnumSet.of(Role.AUDITOR, Role.COMPLIANCE_OFFICER), 920));
    }
}
