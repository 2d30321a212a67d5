package fr.vigie.search.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The documents of a request: always found by their file name, and by their text once it was read (see
 * {@code fr.vigie.search.extract}); the status says how reading went ("not read: scan without text").
 */
final class DocumentSource implements SearchSource {

    private static final String SQL = "SELECT d.id, d.request_id, d.file_name, d.uploaded_at, x.status, t.content, t.page_starts"
            + " FROM request_document d LEFT JOIN search_extraction x ON x.document_id = d.id"
            + " LEFT JOIN search_document_text t ON t.document_id = d.id WHERE ";

    private final ZoneId zone;

    DocumentSource(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void read(Connection c, RequestSelection selection, Map<Long, RequestFacts> requests, Consumer<Entry> out)
            throws SQLException {
        SearchSource.rows(c, SQL, "d.request_id", selection, requests, (rs, request) -> {
            Map<SearchField, String> texts = new EnumMap<>(SearchField.class);
            texts.put(SearchField.FILE, rs.getString(3));
            texts.put(SearchField.CONTENT, rs.getString(6));
            String status = rs.getString(5);
            out.accept(new Entry(EntryType.DOCUMENT, request, null, rs.getLong(1), null,
                    rs.getObject(4, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate(), rs.getString(3),
                    status == null ? "PENDING" : status, rs.getString(7), texts));
        });
    }
}
