package fr.vigie.search.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One kind of searchable thing attached to requests (notes, documents; letters and mail next). A source reads
 * its own table for the selected requests and gives one {@link Entry} per thing found, with its request's
 * facts. Adding a source is one class registered in {@link Sources}; nothing else changes.
 */
public interface SearchSource {

    /**
     * Reads the entries of the selected requests. {@code requests} holds the facts of every selected request
     * that exists; a row of another request is skipped.
     */
    void read(Connection c, RequestSelection selection, Map<Long, RequestFacts> requests, Consumer<Entry> out)
            throws SQLException;
}
