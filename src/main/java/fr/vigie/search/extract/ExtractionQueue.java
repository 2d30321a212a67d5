package fr.vigie.search.extract;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import fr.vigie.search.index.Journal;
import fr.vigie.search.source.RequestSelection;

/**
 * The documents waiting to be read, shared by every instance in {@code search_extraction}. An instance claims
 * one with a conditional update (only one wins), reads it, then stores its text, its status and a journal row
 * in one transaction, so every instance indexes the text. A claim left by a stopped instance is taken back
 * after the time limit; a document that stopped its reader three times is marked failed.
 */
public final class ExtractionQueue {

    static final int MAX_ATTEMPTS = 3;

    /** A claimed document, with what reading it needs. */
    public record Claim(long documentId, String fileName, String contentType, long size) {
    }

    private ExtractionQueue() {
    }

    /** Queues the documents of the selected requests (or of all, for null) that were never queued. */
    public static int enqueueMissing(Connection c, RequestSelection selection, Instant now) throws SQLException {
        String sql = "INSERT INTO search_extraction (document_id, status, attempts, retries, ocr, updated_at)"
                + " SELECT d.id, 'PENDING', 0, 0, FALSE, ? FROM request_document d WHERE"
                + " NOT EXISTS (SELECT 1 FROM search_extraction x WHERE x.document_id = d.id)"
                + (selection == null ? "" : " AND " + selection.where("d.request_id"));
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, utc(now));
            if (selection != null) {
                selection.bind(ps, 2);
            }
            return ps.executeUpdate();
        }
    }

    /** Claims the newest waiting document (or one whose reader stopped before {@code staleBefore}). */
    public static Optional<Claim> claim(Connection c, String instance, Instant now, Instant staleBefore) throws SQLException {
        try (PreparedStatement gaveUp = c.prepareStatement("UPDATE search_extraction SET status = 'FAILED', error = ?,"
                + " updated_at = ? WHERE status = 'RUNNING' AND claimed_at < ? AND attempts >= ?")) {
            gaveUp.setString(1, "reading stopped " + MAX_ATTEMPTS + " times before the end");
            gaveUp.setObject(2, utc(now));
            gaveUp.setObject(3, utc(staleBefore));
            gaveUp.setInt(4, MAX_ATTEMPTS);
            gaveUp.executeUpdate();
        }
        for (int tries = 0; tries < 5; tries++) {
            Long candidate = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT document_id FROM search_extraction WHERE status = 'PENDING'"
                    + " OR (status = 'RUNNING' AND claimed_at < ?) ORDER BY document_id DESC FETCH FIRST 1 ROWS ONLY")) {
                ps.setObject(1, utc(staleBefore));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        candidate = rs.getLong(1);
                    }
                }
            }
            if (candidate == null) {
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE search_extraction SET status = 'RUNNING', claimed_by = ?,"
                    + " claimed_at = ?, attempts = attempts + 1, updated_at = ? WHERE document_id = ?"
                    + " AND (status = 'PENDING' OR (status = 'RUNNING' AND claimed_at < ?))")) {
                ps.setString(1, instance);
                ps.setObject(2, utc(now));
                ps.setObject(3, utc(now));
                ps.setLong(4, candidate);
                ps.setObject(5, utc(staleBefore));
                if (ps.executeUpdate() == 1) {
                    return describe(c, candidate);
                }
            }
            // another instance took it first: look again
        }
        return Optional.empty();
    }

    private static Optional<Claim> describe(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT file_name, content_type, size_bytes FROM request_document WHERE id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Claim(documentId, rs.getString(1), rs.getString(2), rs.getLong(3)))
                        : Optional.empty();
            }
        }
    }

    public static byte[] bytes(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content FROM request_document_content WHERE document_id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : new byte[0];
            }
        }
    }

    /**
     * Stores the outcome: the text (none for a failure), the status, and a journal row that makes every
     * instance index it, in one transaction. Only the claim's holder may store it.
     */
    public static void finish(Connection c, Claim claim, String instance, ExtractionStatus status, Extracted text,
            String error, long millis, Instant now) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (PreparedStatement ps = c.prepareStatement("UPDATE search_extraction SET status = ?, ocr = ?, pages = ?,"
                    + " chars = ?, millis = ?, error = ?, claimed_by = NULL, updated_at = ? WHERE document_id = ?"
                    + " AND status = 'RUNNING' AND claimed_by = ?")) {
                ps.setString(1, status.name());
                ps.setBoolean(2, text != null && text.ocr());
                setInt(ps, 3, text == null ? null : text.pages());
                setLong(ps, 4, text == null ? null : (long) text.text().length());
                ps.setLong(5, millis);
                ps.setString(6, error == null ? null : error.substring(0, Math.min(500, error.length())));
                ps.setObject(7, utc(now));
                ps.setLong(8, claim.documentId());
                ps.setString(9, instance);
                if (ps.executeUpdate() == 0) {
                    c.rollback(); // taken back meanwhile (retried, or given to another instance): theirs counts
                    return;
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM search_document_text WHERE document_id = ?")) {
                delete.setLong(1, claim.documentId());
                delete.executeUpdate();
            }
            if (text != null && text.hasText()) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO search_document_text (document_id, content, page_starts) VALUES (?, ?, ?)")) {
                    insert.setLong(1, claim.documentId());
                    insert.setString(2, text.text());
                    insert.setString(3, text.pageStartsText());
                    insert.executeUpdate();
                }
            }
            Journal.append(c, Journal.DOCUMENT, claim.documentId(), now);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * Queues a document again, whatever happened to it (retried by a user). Returns its status before, or
     * empty when the document has no extraction row (unknown document).
     */
    public static Optional<ExtractionStatus> retry(Connection c, long documentId, Instant now) throws SQLException {
        Optional<ExtractionStatus> before = status(c, documentId);
        if (before.isPresent() && before.get().retriable()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE search_extraction SET status = 'PENDING', attempts = 0,"
                    + " retries = retries + 1, error = NULL, claimed_by = NULL, updated_at = ? WHERE document_id = ? AND status = ?")) {
                ps.setObject(1, utc(now));
                ps.setLong(2, documentId);
                ps.setString(3, before.get().name());
                ps.executeUpdate();
            }
        }
        return before;
    }

    public static Optional<ExtractionStatus> status(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM search_extraction WHERE document_id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(ExtractionStatus.valueOf(rs.getString(1))) : Optional.empty();
            }
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
