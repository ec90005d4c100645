package org.opencounter.wealth.web;

import org.opencounter.wealth.VerdictReason;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A verdict's reason in the reader's language; figures that are message keys (marked #) are translated too. */
@Component("wealthReasons")
public class ReasonText {

    private final MessageSource messages;

    ReasonText(MessageSource messages) {
        this.messages = messages;
    }

    public String text(VerdictReason reason) {
        Object[] figures = reason.figures().stream()
                .map(figure -> figure.startsWith("#")
                        ? messages.getMessage(figure.substring(1), null, figure, LocaleContextHolder.getLocale())
                        : figure)
                .toArray();
        return messages.getMessage(reason.key(), figures, reason.key(), LocaleContextHolder.getLocale());
    }
}
