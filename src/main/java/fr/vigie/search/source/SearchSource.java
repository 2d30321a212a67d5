package fr.vigie.search.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One kind of searchable thing attached to requests (notes, documents, mail). A source reads
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

    /** One row of a source's query, with the facts of its request. */
    @FunctionalInterface
    interface Row {
        void read(ResultSet rs, RequestFacts request) throws SQLException;
    }

    /**
     * Runs {@code sql} (ending in WHERE) on the selected requests, by their id in {@code requestColumn}, which the
     * query also selects second; hands each row whose request was selected to {@code row}.
     */
    static void rows(Connection c, String sql, String requestColumn, RequestSelection selection,
            Map<Long, RequestFacts> requests, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql + selection.where(requestColumn))) {
            selection.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RequestFacts request = requests.get(rs.getLong(2));
                    if (request != null) {
                        row.read(rs, request);
                    }
                }
            }
        }
    }
}
