package org.opencounter.compliance.screening;

import java.io.Serializable;

/** What is wrong with a line of a watch-list file; line 0 is the file as a whole. */
public record ListProblem(long line, String messageKey, String value) implements Serializable {
}
