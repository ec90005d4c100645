package org.opencounter.market.price;

import java.io.Serializable;

/** One reason a line of an import file was refused; line 1 is the header. */
public record ImportProblem(long line, String messageKey, String value) implements Serializable {
}
