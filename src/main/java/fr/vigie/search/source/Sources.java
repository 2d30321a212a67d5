package fr.vigie.search.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every source of the index, in one list. A new kind of searchable thing is one class added here, read from its
 * table by request id, as {@link NoteSource} does.
 */
public final class Sources {

    private final RequestFactsReader facts;
    private final List<SearchSource> sources;

    public Sources(ZoneId zone) {
        this.facts = new RequestFactsReader(zone);
        this.sources = List.of(new RequestSource(), new NoteSource(), new DocumentSource(zone), new MailSource(zone));
    }

    /** Every entry of the selected requests; returns how many requests exist among those selected. */
    public int read(Connection c, RequestSelection selection, Consumer<Entry> out) throws SQLException {
        Map<Long, RequestFacts> requests = facts.read(c, selection);
        if (requests.isEmpty()) {
            return 0;
        }
        for (SearchSource source : sources) {
            source.read(c, selection, requests, out);
        }
        return requests.size();
    }
}
