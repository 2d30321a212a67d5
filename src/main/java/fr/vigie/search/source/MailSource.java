package fr.vigie.search.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The correspondence of a request ({@code fr.vigie.mail}): each message filed on it, its subject and text. Incoming
 * mail counts once matched to the request (waiting for confirmation or confirmed), outgoing mail once the server
 * accepted it; discarded mail, the unmatched inbox and the outbox are not searched. A message is private
 * correspondence: like a note, only signed-in users find it.
 */
final class MailSource implements SearchSource {

    private static final String SQL = "SELECT m.id, m.request_id, m.direction, m.message_date, m.created_at, m.mail_from,"
            + " m.mail_to, m.subject, m.body_text FROM mail_message m"
            + " WHERE ((m.direction = 'IN' AND m.status IN ('MATCHED', 'CONFIRMED')) OR (m.direction = 'OUT' AND m.status = 'SENT'))"
            + " AND ";

    private final ZoneId zone;

    MailSource(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void read(Connection c, RequestSelection selection, Map<Long, RequestFacts> requests, Consumer<Entry> out)
            throws SQLException {
        SearchSource.rows(c, SQL, "m.request_id", selection, requests, (rs, request) -> {
            Map<SearchField, String> texts = new EnumMap<>(SearchField.class);
            texts.put(SearchField.SUBJECT, rs.getString(8));
            texts.put(SearchField.MAIL, rs.getString(9));
            OffsetDateTime dated = rs.getObject(4, OffsetDateTime.class);
            OffsetDateTime when = dated != null ? dated : rs.getObject(5, OffsetDateTime.class);
            String correspondent = "IN".equals(rs.getString(3)) ? rs.getString(6) : rs.getString(7);
            out.accept(new Entry(EntryType.MAIL, request, null, null, rs.getLong(1),
                    when.atZoneSameInstant(zone).toLocalDate(), correspondent, rs.getString(3), null, texts));
        });
    }
}
