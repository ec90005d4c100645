package org.opencounter.platform;

import java.util.List;

/** Lets each module add its pages to the side navigation without the platform knowing them. */
public interface NavigationContributor {

    List<NavigationItem> navigationItems();
}
