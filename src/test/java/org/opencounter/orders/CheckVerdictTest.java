package org.opencounter.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CheckVerdictTest {

    @Test
    void figuresKeepTheirDecimalsWithThousandsSeparators() {
        CheckVerdict verdict = CheckVerdict.reject("orders.check.cash.insufficient", new BigDecimal("35209.15"),
                new BigDecimal("10"), 1500L, "SSE");
        assertThat(verdict.figures()).containsExactly("35,209.15", "10", "1,500", "SSE");
    }
}
