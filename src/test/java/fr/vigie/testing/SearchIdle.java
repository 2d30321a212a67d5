package fr.vigie.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;

/**
 * Search reads new documents in the background and stores their text: tests that compare whole tables wait until
 * it has read every document, so that nothing writes while they read. A document counts as read once its reading
 * row exists and is finished: right after an upload the row may not exist yet, so waiting for "nothing pending"
 * alone would return too early.
 */
public final class SearchIdle {

    private static final String UNREAD = "SELECT COUNT(*) FROM request_document d WHERE NOT EXISTS (SELECT 1 FROM"
            + " search_extraction x WHERE x.document_id = d.id AND x.status NOT IN ('PENDING', 'RUNNING'))";

    private SearchIdle() {
    }

    public static void await() {
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        long end = System.nanoTime() + 60_000_000_000L;
        try {
            while (unread(dataSource) > 0) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("search did not read every document within 60 s");
                }
                Thread.sleep(100);
            }
            // The journal entry of the last reading is written in the same transaction as its status.
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long unread(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(UNREAD)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
