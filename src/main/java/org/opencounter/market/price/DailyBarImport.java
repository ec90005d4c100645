package org.opencounter.market.price;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opencounter.market.DailyBar;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports daily bars from CSV: every line is checked first, and one bad line means nothing is imported.
 * Importing the same file again changes nothing. Columns:
 * {@code code,trade_date,open,high,low,close,prev_close,volume,turnover}.
 */
@Service
public class DailyBarImport {

    static final String[] HEADER = {"code", "trade_date", "open", "high", "low", "close", "prev_close", "volume",
            "turnover"};
    private static final int MAX_PROBLEMS = 200;

    private final JdbcClient jdbc;
    private final PriceHistory prices;
    private final AuditTrail audit;

    DailyBarImport(JdbcClient jdbc, PriceHistory prices, AuditTrail audit) {
        this.jdbc = jdbc;
        this.prices = prices;
        this.audit = audit;
    }

    @Transactional
    public ImportOutcome importCsv(String fileName, InputStream content) throws IOException {
        Map<String, Integer> scales = new HashMap<>();
        jdbc.sql("select code, tick_size from market_security").query((row, n) -> {
            scales.put(row.getString(1), row.getBigDecimal(2).stripTrailingZeros().scale());
            return null;
        }).list();
        Map<LocalDate, Boolean> days = new HashMap<>();
        jdbc.sql("select day, trading from market_calendar_day").query((row, n) -> {
            days.put(row.getDate(1).toLocalDate(), row.getBoolean(2));
            return null;
        }).list();

        List<DailyBar> bars = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(content, decoder);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(reader)) {
            if (!csv.getHeaderNames().containsAll(List.of(HEADER))) {
                return refuse(0, new ImportProblem(1, "market.import.header", String.join(",", HEADER)));
            }
            for (CSVRecord record : csv) {
                long line = record.getRecordNumber() + 1;
                Line parsed = new Line(record, line, problems);
                DailyBar bar = parsed.toBar(scales, days);
                if (bar != null && !seen.add(bar.code() + "@" + bar.tradeDate())) {
                    problems.add(new ImportProblem(line, "market.import.duplicate", bar.code() + " " + bar.tradeDate()));
                } else if (bar != null) {
                    bars.add(bar);
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
        } catch (java.nio.charset.CharacterCodingException | java.io.UncheckedIOException | IllegalStateException e) {
            return refuse(0, new ImportProblem(0, "market.import.unreadable", e.getClass().getSimpleName()));
        }
        if (!problems.isEmpty()) {
            return refuse(bars.size() + problems.size(), problems.toArray(ImportProblem[]::new));
        }
        if (bars.isEmpty()) {
            return refuse(0, new ImportProblem(0, "market.import.empty", fileName));
        }
        int written = prices.save(bars);
        audit.record(AuditRecord.change("market.prices.import", "DailyBarFile", fileName, null,
                Map.of("lines", bars.size(), "written", written)));
        return new ImportOutcome(bars.size(), written, List.of());
    }

    private static ImportOutcome refuse(int lines, ImportProblem... problems) {
        return new ImportOutcome(lines, 0, List.of(problems));
    }

    /** One CSV line being checked; every problem found is recorded with the line number. */
    private static final class Line {

        private final CSVRecord record;
        private final long number;
        private final List<ImportProblem> problems;
        private final int before;

        Line(CSVRecord record, long number, List<ImportProblem> problems) {
            this.record = record;
            this.number = number;
            this.problems = problems;
            this.before = problems.size();
        }

        DailyBar toBar(Map<String, Integer> scales, Map<LocalDate, Boolean> days) {
            if (!record.isConsistent()) {
                problems.add(new ImportProblem(number, "market.import.columns", String.valueOf(record.size())));
                return null;
            }
            String code = record.get("code");
            Integer scale = scales.get(code);
            if (scale == null) {
                problems.add(new ImportProblem(number, "market.import.unknownCode", code));
            }
            LocalDate date = date(record.get("trade_date"), days);
            int priceScale = scale == null ? 4 : scale;
            BigDecimal open = price("open", priceScale);
            BigDecimal high = price("high", priceScale);
            BigDecimal low = price("low", priceScale);
            BigDecimal close = price("close", priceScale);
            BigDecimal prevClose = price("prev_close", priceScale);
            Long volume = volume();
            BigDecimal turnover = amount("turnover");
            if (problems.size() > before) {
                return null;
            }
            if (low.compareTo(open.min(close)) > 0 || high.compareTo(open.max(close)) < 0 || low.compareTo(high) > 0) {
                problems.add(new ImportProblem(number, "market.import.range",
                        "O " + open + " H " + high + " L " + low + " C " + close));
                return null;
            }
            return new DailyBar(code, date, open, high, low, close, prevClose, volume, turnover, false);
        }

        private LocalDate date(String text, Map<LocalDate, Boolean> days) {
            try {
                LocalDate date = LocalDate.parse(text);
                Boolean trading = days.get(date);
                if (trading == null) {
                    problems.add(new ImportProblem(number, "market.import.outsideCalendar", text));
                } else if (!trading) {
                    problems.add(new ImportProblem(number, "market.import.notTradingDay", text));
                }
                return date;
            } catch (DateTimeParseException e) {
                problems.add(new ImportProblem(number, "market.import.date", text));
                return null;
            }
        }

        private BigDecimal price(String column, int scale) {
            BigDecimal value = amount(column);
            if (value != null && value.signum() <= 0) {
                problems.add(new ImportProblem(number, "market.import.notPositive", column + "=" + record.get(column)));
                return null;
            }
            if (value != null && value.stripTrailingZeros().scale() > scale) {
                problems.add(new ImportProblem(number, "market.import.tick", column + "=" + record.get(column)));
                return null;
            }
            return value;
        }

        private BigDecimal amount(String column) {
            try {
                BigDecimal value = new BigDecimal(record.get(column));
                if (value.signum() < 0) {
                    problems.add(new ImportProblem(number, "market.import.negative", column + "=" + record.get(column)));
                    return null;
                }
                return value;
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(number, "market.import.number", column + "=" + record.get(column)));
                return null;
            }
        }

        private Long volume() {
            try {
                long volume = Long.parseLong(record.get("volume"));
                if (volume < 0) {
                    problems.add(new ImportProblem(number, "market.import.negative", "volume=" + volume));
                    return null;
                }
                return volume;
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(number, "market.import.number", "volume=" + record.get("volume")));
                return null;
            }
        }
    }
}
