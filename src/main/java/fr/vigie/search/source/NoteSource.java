package fr.vigie.search.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** The notes and case numbers of the live events of a request's timeline (deleted events are not found). */
final class NoteSource implements SearchSource {

    private static final String SQL = "SELECT e.id, e.request_id, e.type, e.event_date, e.note, e.case_number FROM request_event e"
            + " WHERE e.deleted = FALSE AND (e.note IS NOT NULL OR e.case_number IS NOT NULL) AND ";

    @Override
    public void read(Connection c, RequestSelection selection, Map<Long, RequestFacts> requests, Consumer<Entry> out)
            throws SQLException {
        SearchSource.rows(c, SQL, "e.request_id", selection, requests, (rs, request) -> {
            Map<SearchField, String> texts = new EnumMap<>(SearchField.class);
            texts.put(SearchField.NOTE, rs.getString(5));
            texts.put(SearchField.CODES, rs.getString(6));
            out.accept(new Entry(EntryType.NOTE, request, rs.getLong(1), null, null, rs.getObject(4, LocalDate.class),
                    rs.getString(3), null, null, texts));
        });
    }
}
