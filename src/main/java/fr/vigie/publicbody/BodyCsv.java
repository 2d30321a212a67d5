package fr.vigie.publicbody;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import fr.vigie.web.FieldError;
import fr.vigie.web.Msg;

/**
 * The directory's CSV format (the columns of the BriefCam reference file, plus notes), read and
 * written with commons-csv. Reading never stops at the first bad line: every line's problems are listed.
 */
final class BodyCsv {

    static final List<String> COLUMNS = List.of("name", "short_name", "kind", "departement", "postal_address",
            "email", "prada", "website", "address_checked", "notes");
    private static final Set<String> YES = Set.of("yes", "oui", "true", "1", "y");
    private static final Set<String> NO = Set.of("no", "non", "false", "0", "n", "");
    /** Spreadsheets run cells starting with these as formulas: such cells are written behind a quote. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** One data line: its number as a spreadsheet shows it (the header is line 1) and its fields. */
    record Row(long line, BodyInput input) {
    }

    /** Everything read from a file: the well-formed rows and the problems, each naming line and column. */
    record Parsed(List<Row> rows, List<FieldError> errors) {
    }

    private BodyCsv() {
    }

    static Parsed parse(Msg msg, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failure("file", msg.v_not_utf8());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failure("file", msg.v_csv_empty());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        List<Row> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            for (String column : header) {
                if (!COLUMNS.contains(column)) {
                    errors.add(new FieldError("lines[1]", msg.v_csv_line(1, msg.v_csv_unknown_column(column))));
                }
            }
            for (String required : List.of("name", "kind")) {
                if (!header.contains(required)) {
                    errors.add(new FieldError("lines[1]", msg.v_csv_line(1, required + " : " + msg.v_required())));
                }
            }
            if (!errors.isEmpty()) {
                return new Parsed(List.of(), errors);
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    errors.add(new FieldError("lines[" + line + "]", msg.v_csv_line(line,
                            msg.v_csv_unreadable(record.size() + " / " + header.size()))));
                    continue;
                }
                readRow(msg, header, record, line, rows, errors);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            return failure("file", msg.v_csv_unreadable(String.valueOf(e.getMessage())));
        }
        return new Parsed(rows, errors);
    }

    private static void readRow(Msg msg, List<String> header, CSVRecord record, long line, List<Row> rows,
            List<FieldError> errors) {
        String checked = cell(header, record, "address_checked").strip().toLowerCase(Locale.ROOT);
        BodyInput input = new BodyInput(cell(header, record, "name"), cell(header, record, "short_name"),
                cell(header, record, "kind").strip(), cell(header, record, "departement"),
                cell(header, record, "postal_address"), cell(header, record, "email"), cell(header, record, "prada"),
                cell(header, record, "website"), null, cell(header, record, "notes"), YES.contains(checked));
        List<FieldError> problems = new ArrayList<>(BodyValidator.check(msg, input).errors());
        if (!YES.contains(checked) && !NO.contains(checked)) {
            problems.add(new FieldError("address_checked", "yes / no"));
        }
        for (FieldError p : problems) {
            errors.add(new FieldError("lines[" + line + "]." + p.field(), msg.v_csv_line(line, p.field() + " : " + p.message())));
        }
        if (problems.isEmpty()) {
            rows.add(new Row(line, input));
        }
    }

    private static String cell(List<String> header, CSVRecord record, String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            return "";
        }
        String value = record.get(index);
        // undo the quote that export puts before formula-like cells
        if (value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private static Parsed failure(String field, String message) {
        return new Parsed(List.of(), List.of(new FieldError(field, message)));
    }

    static String write(List<PublicBody> bodies) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (PublicBody b : bodies) {
                printer.printRecord(safe(b.name), safe(b.shortName), b.kind.name(), safe(b.departement),
                        safe(b.postalAddress), safe(b.email), safe(b.prada), safe(b.website),
                        b.addressChecked ? "yes" : "no", safe(b.notes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
