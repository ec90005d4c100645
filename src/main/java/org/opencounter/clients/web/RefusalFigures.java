package org.opencounter.clients.web;

import java.math.BigDecimal;
import java.util.Arrays;

import org.opencounter.clients.client.Refusal;
import org.opencounter.platform.DisplayFormat;
import org.springframework.stereotype.Component;

/** The figures a refusal quotes, as the page shows them: money with thousands separators and two decimals. */
@Component
class RefusalFigures {

    private final DisplayFormat format;

    RefusalFigures(DisplayFormat format) {
        this.format = format;
    }

    Object[] of(Refusal refusal) {
        return Arrays.stream(refusal.arguments())
                .map(argument -> argument instanceof BigDecimal money ? format.money(money) : argument).toArray();
    }
}
