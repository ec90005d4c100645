package org.opencounter.market;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The fee schedule with its effective dates: which rates apply to a trade on a given day. */
@Service
@Transactional(readOnly = true)
public class FeeSchedule {

    private record Row(String fee, BigDecimal rate, BigDecimal minimum, BigDecimal maximumRate, boolean inCommission) {
    }

    /** The rates in force on each day asked for: the schedule changes only with a release (a migration). */
    private final Cache<LocalDate, FeeRates> byDay = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(10_000).build();
    private final JdbcClient jdbc;

    FeeSchedule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public FeeRates ratesOn(LocalDate day) {
        return byDay.get(day, this::read);
    }

    private FeeRates read(LocalDate day) {
        Map<String, Row> rows = jdbc.sql("""
                        select distinct on (fee) fee, rate, minimum, maximum_rate, in_commission
                        from market_fee_schedule where effective_from <= ? order by fee, effective_from desc""")
                .param(Date.valueOf(day))
                .query((row, n) -> new Row(row.getString("fee"), row.getBigDecimal("rate"), row.getBigDecimal("minimum"),
                        row.getBigDecimal("maximum_rate"), row.getBoolean("in_commission")))
                .stream().collect(Collectors.toMap(Row::fee, row -> row));
        Row commission = require(rows, "COMMISSION", day);
        Row handling = require(rows, "HANDLING_FEE", day);
        Row regulatory = require(rows, "REGULATORY_FEE", day);
        return new FeeRates(commission.rate(), commission.minimum(), commission.maximumRate(),
                require(rows, "STAMP_DUTY", day).rate(), require(rows, "TRANSFER_FEE", day).rate(), handling.rate(),
                handling.inCommission(), regulatory.rate(), regulatory.inCommission());
    }

    private static Row require(Map<String, Row> rows, String fee, LocalDate day) {
        Row row = rows.get(fee);
        if (row == null) {
            throw new IllegalStateException("No " + fee + " rate in the fee schedule on " + day);
        }
        return row;
    }
}
