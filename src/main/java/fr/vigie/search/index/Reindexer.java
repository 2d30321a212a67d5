package fr.vigie.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

import fr.vigie.search.source.RequestSelection;
import fr.vigie.search.source.Sources;

/**
 * Writes requests into the index from the database: every entry of a request is replaced at once, so an
 * entry that disappeared (a deleted event) disappears from the index too.
 */
final class Reindexer {

    /** Requests read per query while rebuilding: bounded memory, few queries. */
    static final int RANGE = 2_000;
    private static final int IN_LIST = 500;

    private final Sources sources;

    Reindexer(Sources sources) {
        this.sources = sources;
    }

    /** Replaces the entries of these requests; returns how many entries were written. */
    long requests(Connection c, IndexWriter writer, Collection<Long> requestIds) throws SQLException, IOException {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(requestIds));
        long written = 0;
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            for (long id : part) {
                writer.deleteDocuments(new Term(IndexFields.REQUEST_ID, Long.toString(id)));
            }
            written += write(c, writer, RequestSelection.ids(part));
        }
        return written;
    }

    /** Writes every request of the database into an empty index; returns how many entries were written. */
    long all(Connections db, IndexWriter writer) throws SQLException, IOException {
        long min;
        long max;
        try (Connection c = db.get(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), -1) FROM access_request")) {
            rs.next();
            min = rs.getLong(1);
            max = rs.getLong(2);
        }
        long written = 0;
        for (long from = min; from <= max; from += RANGE) {
            try (Connection c = db.get()) {
                written += write(c, writer, RequestSelection.range(from, Math.min(max, from + RANGE - 1)));
            }
        }
        return written;
    }

    /** The requests of these documents. */
    static Set<Long> requestsOfDocuments(Connection c, Collection<Long> documentIds) throws SQLException {
        return requestIds(c, "SELECT DISTINCT request_id FROM request_document WHERE id IN (", documentIds);
    }

    /** The requests sent to these bodies. */
    static Set<Long> requestsOfBodies(Connection c, Collection<Long> bodyIds) throws SQLException {
        return requestIds(c, "SELECT id FROM access_request WHERE public_body_id IN (", bodyIds);
    }

    private static Set<Long> requestIds(Connection c, String sql, Collection<Long> refIds) throws SQLException {
        Set<Long> requests = new LinkedHashSet<>();
        List<Long> ids = new ArrayList<>(refIds);
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            String in = part.stream().map(i -> "?").collect(Collectors.joining(","));
            try (PreparedStatement ps = c.prepareStatement(sql + in + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setLong(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        requests.add(rs.getLong(1));
                    }
                }
            }
        }
        return requests;
    }

    private long write(Connection c, IndexWriter writer, RequestSelection selection) throws SQLException, IOException {
        long[] count = { 0 };
        try {
            sources.read(c, selection, entry -> {
                try {
                    writer.addDocument(IndexFields.toDocument(entry));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }
}
