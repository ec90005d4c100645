package org.opencounter.platform;

import java.util.Map;

/**
 * A list or chart on a staff member's home page, below the cards.
 *
 * @param template a Thymeleaf template holding a fragment {@code panel(model)}
 */
public record HomePanel(String titleKey, String template, Map<String, Object> model, int order) {
}
