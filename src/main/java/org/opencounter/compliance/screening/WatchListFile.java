package org.opencounter.compliance.screening;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A watch list as a UTF-8 CSV file with a header line: {@code reference,name} and, as the list has them,
 * {@code aliases} (separated by semicolons), {@code id_number}, {@code birth} (YYYY or YYYY-MM-DD),
 * {@code nationality}, {@code note}. Every line is checked; one bad line refuses the whole file.
 */
final class WatchListFile {

    static final List<String> REQUIRED = List.of("reference", "name");
    static final List<String> COLUMNS = List.of("reference", "name", "aliases", "id_number", "birth", "nationality",
            "note");
    private static final int MAX_PROBLEMS = 100;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** One listed person or organisation as the file gives it. */
    record Row(String reference, String name, String aliases, String idNumber, ListedBirth birth, String nationality,
               String note) {
    }

    record Read(List<Row> rows, List<ListProblem> problems) {
    }

    private WatchListFile() {
    }

    static Read read(byte[] content) {
        List<Row> rows = new ArrayList<>();
        List<ListProblem> problems = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int skip = startsWithBom(content) ? BOM.length : 0;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content, skip, content.length - skip),
                decoder);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(reader)) {
            if (!csv.getHeaderNames().containsAll(REQUIRED)) {
                return new Read(List.of(), List.of(new ListProblem(1, "compliance.list.header",
                        String.join(",", COLUMNS))));
            }
            Set<String> references = new HashSet<>();
            for (CSVRecord record : csv) {
                Row row = row(record, record.getRecordNumber() + 1, problems);
                if (row != null && !references.add(row.reference())) {
                    problems.add(new ListProblem(record.getRecordNumber() + 1, "compliance.list.duplicate",
                            row.reference()));
                } else if (row != null) {
                    rows.add(row);
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
        } catch (CharacterCodingException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            return new Read(List.of(), List.of(new ListProblem(0, "compliance.list.unreadable",
                    e.getClass().getSimpleName())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new ListProblem(0, "compliance.list.empty", ""));
        }
        return new Read(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static Row row(CSVRecord record, long line, List<ListProblem> problems) {
        int before = problems.size();
        String reference = field(record, "reference", 40, line, problems);
        String name = field(record, "name", 200, line, problems);
        if (!present(record, "reference")) {
            problems.add(new ListProblem(line, "compliance.list.referenceRequired", ""));
        }
        if (!present(record, "name")) {
            problems.add(new ListProblem(line, "compliance.list.nameRequired", reference == null ? "" : reference));
        } else if (name != null && ScreenedName.of(name).blank()) {
            problems.add(new ListProblem(line, "compliance.list.nameUnreadable", name));
        }
        String written = field(record, "birth", 10, line, problems);
        ListedBirth birth = written == null ? null : ListedBirth.parse(written).orElse(null);
        if (written != null && birth == null) {
            problems.add(new ListProblem(line, "compliance.list.birth", written));
        }
        Row row = new Row(reference, name, field(record, "aliases", 1000, line, problems),
                field(record, "id_number", 40, line, problems), birth, field(record, "nationality", 40, line, problems),
                field(record, "note", 500, line, problems));
        return problems.size() > before ? null : row;
    }

    /** The column's value, null when the file has no such column or leaves it empty; too long is a problem. */
    private static String field(CSVRecord record, String column, int maxLength, long line,
                                List<ListProblem> problems) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column).strip();
        if (value.length() > maxLength) {
            problems.add(new ListProblem(line, "compliance.list.tooLong", column + " > " + maxLength));
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    private static boolean present(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) && !record.get(column).isBlank();
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= BOM.length && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
    }
}
