package fr.vigie.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.vigie.request.AccessRequest;

/** A dashboard list as CSV (commons-csv), one request per line. */
final class DashboardCsv {

    static final String[] COLUMNS = { "id", "title", "body", "regime", "stage", "overdue_since", "days_late",
            "next_action", "next_action_date", "owner" };

    private DashboardCsv() {
    }

    static String write(List<AccessRequest> requests, LocalDate today) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
            for (AccessRequest r : requests) {
                Long late = r.state.overdueSince() == null ? null : ChronoUnit.DAYS.between(r.state.overdueSince().minusDays(1), today);
                printer.printRecord(r.id, safe(r.title), safe(r.body.name), r.regime, r.state.stage(), r.state.overdueSince(), late,
                        r.state.nextStep(), r.state.nextActionDate(), r.owner.username);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Cells a spreadsheet would run as formulas are written behind a quote. */
    private static String safe(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
