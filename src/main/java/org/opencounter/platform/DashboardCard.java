package org.opencounter.platform;

/**
 * A figure on a staff member's home page.
 *
 * @param value already formatted for display
 * @param tone  a Bootstrap contextual colour: primary, success, warning, danger, secondary
 */
public record DashboardCard(String titleKey, String value, String link, String icon, String tone, int order) {
}
