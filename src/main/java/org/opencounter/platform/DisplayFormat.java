package org.opencounter.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How pages show numbers and moments: Asia/Shanghai time, thousands separators, money with two decimals.
 * Templates call it as {@code ${@fmt.time(x)}}.
 */
@Component("fmt")
public class DisplayFormat {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SHANGHAI);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(SHANGHAI);

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String date(java.time.LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public String number(long value) {
        return pattern("#,##0").format(value);
    }

    /** A price with the security's own decimals (2 for stocks, 3 for funds), thousands separated. */
    public String price(BigDecimal price, int scale) {
        if (price == null) {
            return "";
        }
        String decimals = scale == 0 ? "" : "." + "0".repeat(scale);
        return pattern("#,##0" + decimals).format(price.setScale(scale, RoundingMode.HALF_UP));
    }

    /** A price with as many decimals as it has, at least two: 10.0000 → 10.00, 1.2350 → 1.235. */
    public String price(BigDecimal price) {
        return price == null ? "" : price(price, Math.max(2, price.stripTrailingZeros().scale()));
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : pattern("#,##0.00").format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A fraction as a signed percentage with two decimals: 0.1234 → +12.34%, −0.05 → -5.00%, zero → 0.00%. */
    public String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        String sign = fraction.signum() > 0 ? "+" : "";
        return sign + pattern("#,##0.00").format(fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    /** A rate (a fraction) as an exact, unsigned percentage: 0.00025 → 0.025%, 0.7 → 70%. */
    public String rate(BigDecimal fraction) {
        return fraction == null ? "" : percentOf(fraction).toPlainString() + "%";
    }

    /** A fraction as the percentage a person reads or types: 0.00025 → 0.025, 0.100000 → 10 (never 1E+1). */
    public static BigDecimal percentOf(BigDecimal fraction) {
        return new BigDecimal(fraction.movePointRight(2).stripTrailingZeros().toPlainString());
    }

    private static DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
