package org.opencounter.clients.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the rows of a client import file, CSV (UTF-8, with or without BOM) or Excel (.xlsx, first sheet), into
 * column → text maps keyed by the header row. Excel dates become ISO dates.
 */
final class ImportSheet {

    static final List<String> COLUMNS = List.of("name", "id_type", "id_number", "id_expiry", "gender", "birth_date",
            "nationality", "mobile", "address", "occupation", "employer", "income_band", "education",
            "source_of_funds", "financial_assets", "average_income", "investment_years", "owner_username", "bank",
            "card_number");

    /** One data row: its line in the file (header = 1) and its values by column. */
    record ImportRow(int line, Map<String, String> values) {

        String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private ImportSheet() {
    }

    static List<ImportRow> read(String filename, InputStream content) throws IOException {
        return filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? excel(content) : csv(content);
    }

    private static List<ImportRow> csv(InputStream content) throws IOException {
        InputStream withoutBom = BOMInputStream.builder().setInputStream(content).get();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<ImportRow> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new InputStreamReader(withoutBom, StandardCharsets.UTF_8))) {
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                parser.getHeaderNames().forEach(header -> values.put(header.strip().toLowerCase(Locale.ROOT),
                        record.isMapped(header) && record.isSet(header) ? record.get(header) : null));
                rows.add(new ImportRow((int) parser.getCurrentLineNumber(), values));
            }
        }
        return rows;
    }

    private static List<ImportRow> excel(InputStream content) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(content)) {
            List<Row> sheet = workbook.getFirstSheet().read();
            if (sheet.isEmpty()) {
                return List.of();
            }
            Row header = sheet.get(0);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < header.getCellCount(); i++) {
                names.add(header.getCellText(i).strip().toLowerCase(Locale.ROOT));
            }
            List<ImportRow> rows = new ArrayList<>();
            for (Row row : sheet.subList(1, sheet.size())) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    values.put(names.get(i), text(row, i));
                }
                if (values.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
                    rows.add(new ImportRow(row.getRowNum(), values));
                }
            }
            return rows;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String text(Row row, int column) {
        if (!row.hasCell(column) || row.getCell(column) == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        if (cell.getType() == CellType.NUMBER && cell.getDataFormatString() != null
                && cell.getDataFormatString().toLowerCase(Locale.ROOT).matches(".*[yd].*")) {
            return cell.asDate().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }
}
