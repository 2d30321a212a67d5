package fr.vigie.ops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import fr.vigie.ops.DocumentProblem.Kind;

/**
 * Recomputes the SHA-256 of every document's bytes and compares it with the one recorded at upload: a
 * document is evidence, and a backup that restored other bytes (or none) must be caught, not trusted.
 */
final class DocumentCheck {

    record Result(long checked, List<DocumentProblem> problems) {
    }

    private DocumentCheck() {
    }

    static Result of(Connection connection) throws SQLException {
        List<DocumentProblem> problems = new ArrayList<>();
        long checked = 0;
        try (Statement statement = connection.createStatement()) {
            // one document's bytes at a time: they may be 25 MB each
            statement.setFetchSize(1);
            try (ResultSet rs = statement.executeQuery("SELECT d.id, d.sha256, d.size_bytes, c.content FROM request_document d "
                    + "LEFT JOIN request_document_content c ON c.document_id = d.id ORDER BY d.id")) {
                while (rs.next()) {
                    checked++;
                    check(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBytes(4), problems);
                }
            }
        }
        return new Result(checked, problems);
    }

    private static void check(long id, String sha256, long size, byte[] content, List<DocumentProblem> problems) {
        if (content == null) {
            problems.add(new DocumentProblem(id, Kind.CONTENT_MISSING, sha256, null, size, 0));
            return;
        }
        String actual = HexFormat.of().formatHex(TableDigests.sha256().digest(content));
        if (!actual.equalsIgnoreCase(sha256)) {
            problems.add(new DocumentProblem(id, Kind.SHA256_MISMATCH, sha256, actual, size, content.length));
        } else if (content.length != size) {
            problems.add(new DocumentProblem(id, Kind.SIZE_MISMATCH, sha256, actual, size, content.length));
        }
    }
}
