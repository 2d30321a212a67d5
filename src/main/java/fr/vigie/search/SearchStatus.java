package fr.vigie.search;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import fr.vigie.search.extract.ExtractionWorker;
import fr.vigie.search.extract.TextExtractor;
import fr.vigie.search.index.IndexFollower;
import fr.vigie.search.index.Journal;

/**
 * What an administrator sees of this instance's search: the index (entries, size, how far it has read the
 * journal and how far the journal goes), the last rebuild, and the documents by reading status (shared).
 */
public record SearchStatus(long entries, long sizeBytes, long journalPosition, long journalTop, int journalGaps,
        Instant lastPoll, Instant lastRebuild, long lastRebuildMillis, boolean rebuilding, String lastError,
        boolean ocrAvailable, boolean extractionEnabled, long readHere, long failedHere, Map<String, Long> documents) {

    static SearchStatus read(DataSource dataSource, IndexFollower follower, ExtractionWorker worker, TextExtractor extractor)
            throws IOException, SQLException {
        long entries = follower.store().search(s -> (long) s.getIndexReader().numDocs());
        Map<String, Long> documents = new TreeMap<>();
        long top;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM search_extraction GROUP BY status")) {
            while (rs.next()) {
                documents.put(rs.getString(1), rs.getLong(2));
            }
            top = Journal.top(c);
        }
        IndexFollower.Status f = follower.status();
        return new SearchStatus(entries, follower.store().sizeBytes(), f.position(), top, f.gaps(), f.lastPoll(),
                f.lastRebuild(), f.lastRebuildMillis(), f.rebuilding(), f.lastError(), extractor.ocrAvailable(),
                worker != null, worker == null ? 0 : worker.done(), worker == null ? 0 : worker.failed(), documents);
    }
}
