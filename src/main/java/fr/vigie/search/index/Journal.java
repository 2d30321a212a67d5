package fr.vigie.search.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The journal of changes in the database, shared by every instance: rows are written in the transaction of
 * the change they announce; the database's identity and how far the journal was pruned are kept beside it.
 */
public final class Journal {

    /** A request, its timeline or its documents changed (ref: the request). */
    public static final String REQUEST = "REQUEST";
    /** The text of a document was read (ref: the document). */
    public static final String DOCUMENT = "DOCUMENT";
    /** A body's name, kind or département changed (ref: the body): its requests carry them. */
    public static final String BODY = "BODY";
    /** An administrator asked every instance to rebuild its index (ref: 0). */
    public static final String REBUILD = "REBUILD";

    public static final String INSERT_SQL = "INSERT INTO search_journal (kind, ref_id, recorded_at) VALUES (?, ?, ?)";

    private Journal() {
    }

    public static void append(Connection c, String kind, long refId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_SQL)) {
            ps.setString(1, kind);
            ps.setLong(2, refId);
            ps.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    public static long top(Connection c) throws SQLException {
        return single(c, "SELECT COALESCE(MAX(id), 0) FROM search_journal");
    }

    /** The highest id deleted by pruning: an index that has not read up to there has missed changes. */
    public static long prunedThrough(Connection c) throws SQLException {
        String value = state(c, "pruned_through");
        return value == null ? 0 : Long.parseLong(value);
    }

    /**
     * The identity of this database, made by the first instance that asks: an index built from another
     * database (a restored copy, a new H2 file) is not used.
     */
    public static String databaseId(Connection c) throws SQLException {
        String id = state(c, "database");
        if (id != null) {
            return id;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_state (state_name, state_value) VALUES ('database', ?)")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.executeUpdate();
        } catch (SQLException another) {
            // another instance made it first: read theirs
        }
        return state(c, "database");
    }

    /** Deletes the rows recorded before {@code before}, and remembers up to which id they went. */
    public static int prune(Connection c, Instant before) throws SQLException {
        long through;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM search_journal WHERE recorded_at < ?")) {
            ps.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                through = rs.getLong(1);
            }
        }
        if (through <= prunedThrough(c)) {
            return 0;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM search_journal WHERE id <= ?");
                PreparedStatement mark = c.prepareStatement("UPDATE search_state SET state_value = ? WHERE state_name = 'pruned_through'");
                PreparedStatement first = c.prepareStatement("INSERT INTO search_state (state_name, state_value) VALUES ('pruned_through', ?)")) {
            delete.setLong(1, through);
            int deleted = delete.executeUpdate();
            mark.setString(1, Long.toString(through));
            if (mark.executeUpdate() == 0) {
                first.setString(1, Long.toString(through));
                first.executeUpdate();
            }
            c.commit();
            return deleted;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static String state(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state_value FROM search_state WHERE state_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
