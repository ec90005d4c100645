package org.opencounter.clients;

import java.util.Map;

/**
 * What a module shows on the client 360 page.
 *
 * @param template a Thymeleaf template holding a fragment {@code panel(model)}, e.g. {@code orders/client-panel}
 * @param model    the values the fragment reads
 */
public record ClientPanelView(String titleKey, String template, Map<String, Object> model, int order) {
}
