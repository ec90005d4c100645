package org.opencounter.platform;

import java.util.Set;

/**
 * One entry in the side navigation, shown to holders of any of its roles.
 *
 * @param sectionKey message key of the group it appears under
 * @param icon       a Bootstrap Icons name without the {@code bi-} prefix
 */
public record NavigationItem(String sectionKey, String labelKey, String path, String icon, Set<Role> roles,
                             int order) {

    public boolean visibleTo(StaffPrincipal staff) {
        return roles.stream().anyMatch(staff::hasRole);
    }
}
