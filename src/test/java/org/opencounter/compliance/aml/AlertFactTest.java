package org.opencounter.compliance.aml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** How an alert's facts read: each as its kind, in the order a person reads them whatever order jsonb kept. */
class AlertFactTest {

    @Test
    void aLimitPushReadsSecurityDirectionAndPriceBeforeTheFigures() {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("share", new BigDecimal("0.3115"));
        stored.put("amount", new BigDecimal("1000930.00"));
        stored.put("quantity", 90500);
        stored.put("security", "601988 中国银行");
        stored.put("direction", "UP");
        stored.put("limitPrice", new BigDecimal("11.06"));
        stored.put("somethingNew", "x");

        assertThat(AlertFact.inReadingOrder(stored)).extracting(AlertFact::key, AlertFact::kind).containsExactly(
                Tuple.tuple("security", AlertFact.Kind.PLAIN),
                Tuple.tuple("direction", AlertFact.Kind.WORD),
                Tuple.tuple("limitPrice", AlertFact.Kind.PRICE),
                Tuple.tuple("quantity", AlertFact.Kind.COUNT),
                Tuple.tuple("amount", AlertFact.Kind.MONEY),
                Tuple.tuple("share", AlertFact.Kind.PERCENT),
                Tuple.tuple("somethingNew", AlertFact.Kind.PLAIN));
    }

    @Test
    void aHoldingReadsItsRatioAsAPercentAndItsDutyAsAWord() {
        assertThat(AlertFact.of("ratio", new BigDecimal("0.0506")).kind()).isEqualTo(AlertFact.Kind.PERCENT);
        assertThat(AlertFact.of("level", "REPORT").kind()).isEqualTo(AlertFact.Kind.WORD);
        assertThat(AlertFact.of("totalShares", 274_700_000L).kind()).isEqualTo(AlertFact.Kind.COUNT);
        assertThat(AlertFact.of("deadline", "2026-11-12").kind()).isEqualTo(AlertFact.Kind.PLAIN);
    }
}
