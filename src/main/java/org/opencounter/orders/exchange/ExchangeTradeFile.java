package org.opencounter.orders.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.opencounter.orders.OrdersProperties;
import org.opencounter.orders.Side;
import org.springframework.stereotype.Component;

/**
 * The exchange's trade file of each trade date, {@code trades-yyyy-MM-dd.csv} in the configured directory: one row
 * per trade, in the order the exchange made them. The simulated exchange appends to it as it trades; the
 * reconciliation reads it back. A file received from a real exchange is converted to this layout and put there.
 */
@Component
public class ExchangeTradeFile {

    static final String[] COLUMNS = {"trade_date", "exec_id", "client_order_id", "securities_account", "code", "side",
            "quantity", "price", "executed_at"};
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private final Path directory;

    ExchangeTradeFile(OrdersProperties properties) {
        this.directory = properties.tradeFiles();
    }

    public Path path(LocalDate tradeDate) {
        return directory.resolve("trades-" + tradeDate + ".csv");
    }

    /** Appends a trade to its day's file, writing the header first when the file is new. */
    public synchronized void append(ExchangeTrade trade) {
        Path file = path(trade.tradeDate());
        try {
            Files.createDirectories(directory);
            boolean fresh = Files.notExists(file);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND); CSVPrinter csv = new CSVPrinter(out, WRITE)) {
                if (fresh) {
                    csv.printRecord((Object[]) COLUMNS);
                }
                csv.printRecord(trade.tradeDate(), trade.execId(), trade.clientOrderId(), trade.securitiesAccount(),
                        trade.code(), trade.side(), trade.quantity(), trade.price().toPlainString(),
                        trade.executedAt());
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not write the exchange trade file " + file, failure);
        }
    }

    /**
     * The day's trades as the exchange recorded them; empty when there is no file for the day.
     *
     * @throws MalformedTradeFile when a row cannot be read, naming its line
     */
    public Optional<List<ExchangeTrade>> read(LocalDate tradeDate) {
        Path file = path(tradeDate);
        if (Files.notExists(file)) {
            return Optional.empty();
        }
        List<ExchangeTrade> trades = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : READ.parse(in)) {
                trades.add(trade(row));
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not read the exchange trade file " + file, failure);
        }
        return Optional.of(trades);
    }

    private static ExchangeTrade trade(CSVRecord row) {
        try {
            return new ExchangeTrade(LocalDate.parse(row.get("trade_date")), row.get("exec_id"),
                    row.get("client_order_id"), row.get("securities_account"), row.get("code"),
                    Side.valueOf(row.get("side")), Long.parseLong(row.get("quantity")), new BigDecimal(row.get("price")),
                    Instant.parse(row.get("executed_at")));
        } catch (RuntimeException bad) {
            throw new MalformedTradeFile(row.getRecordNumber() + 1, bad.getMessage());
        }
    }

    /** A row of the trade file that does not read as a trade; the message names its line. */
    public static class MalformedTradeFile extends RuntimeException {

        MalformedTradeFile(long line, String problem) {
            super("line " + line + ": " + problem);
        }
    }
}
