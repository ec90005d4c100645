package org.opencounter.wealth.complaint;

import java.time.Instant;

/** One entry of a complaint's history: a step taken or a note, by whom and when. */
public record ComplaintEvent(String kind, String text, String by, Instant at) {
}
