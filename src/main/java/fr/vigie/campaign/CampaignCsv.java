package fr.vigie.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A campaign's requests as CSV, one line per request, as the matrix shows them. */
final class CampaignCsv {

    /** Spreadsheets run cells starting with these as formulas: such cells are written behind a quote. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CampaignCsv() {
    }

    static String write(CampaignBoard board) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("request_id", "body", "departement",
                "stage", "next_step", "next_action_date", "overdue_since", "first_sent", "first_answer", "answer_due").get())) {
            for (CampaignBoard.Row r : board.rows()) {
                var f = r.facts();
                p.printRecord(r.requestId(), safe(r.bodyName()), r.departement() == null ? "" : r.departement(), r.stage().name(),
                        r.nextStep() == null ? "" : r.nextStep().name(), date(r.nextActionDate()), date(r.overdueSince()),
                        date(f == null ? null : f.firstSent()), date(f == null ? null : f.firstAnswer()),
                        date(f == null ? null : f.answerDue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String safe(String value) {
        return value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0 ? value : "'" + value;
    }
}
