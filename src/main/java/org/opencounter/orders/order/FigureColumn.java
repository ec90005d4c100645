package org.opencounter.orders.order;

import java.util.List;

/** How a check's figures are kept in one text column: joined with '|', null when there are none. */
final class FigureColumn {

    private static final String SEPARATOR = "|";

    private FigureColumn() {
    }

    static String join(List<String> figures) {
        return figures.isEmpty() ? null : String.join(SEPARATOR, figures);
    }

    static List<String> split(String column) {
        return column == null ? List.of() : List.of(column.split("\\|", -1));
    }
}
