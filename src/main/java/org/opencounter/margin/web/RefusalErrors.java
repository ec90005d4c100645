package org.opencounter.margin.web;

import org.opencounter.margin.MarginRefused;
import org.opencounter.platform.DisplayFormat;
import org.springframework.validation.Errors;

/** Shows a margin refusal on the form it came from: next to its field, or above the form when it has none. */
final class RefusalErrors {

    private RefusalErrors() {
    }

    static void show(Errors errors, MarginRefused refused, DisplayFormat format) {
        if (refused.field() == null) {
            errors.reject(refused.messageKey(), refused.figures(format), null);
        } else {
            errors.rejectValue(refused.field(), refused.messageKey(), refused.figures(format), null);
        }
    }
}
