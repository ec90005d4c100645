package org.opencounter.orders.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opencounter.orders.OrderType;
import org.opencounter.orders.Side;

class JournalMemoTest {

    private static Order order(Side side, String code) {
        return new Order(new OrderDraft("key", 1, 2, 3, code, "SSE", side, OrderType.LIMIT, 1000,
                new BigDecimal("10.00"), new BigDecimal("10.00"), LocalDate.of(2026, 11, 25), null),
                "26112500000042", "clerk", Instant.parse("2026-11-25T02:00:00Z"));
    }

    @Test
    void aFreezeAndARelease() {
        assertThat(JournalMemo.freeze(order(Side.BUY, "600036"))).isEqualTo("委托 26112500000042 冻结");
        assertThat(JournalMemo.release(order(Side.BUY, "600036"))).isEqualTo("委托 26112500000042 解冻");
    }

    @Test
    void aTradeShowsSideSecurityQuantityAndPriceToItsTick() {
        assertThat(JournalMemo.trade(order(Side.BUY, "600036"), 1000, new BigDecimal("10.0000")))
                .isEqualTo("委托 26112500000042 买入 600036 1000股 @10.00");
        assertThat(JournalMemo.trade(order(Side.SELL, "600036"), 300, new BigDecimal("10.5000")))
                .isEqualTo("委托 26112500000042 卖出 600036 300股 @10.50");
        assertThat(JournalMemo.trade(order(Side.SELL, "510300"), 100, new BigDecimal("4.1230")))
                .isEqualTo("委托 26112500000042 卖出 510300 100股 @4.123");
    }
}
