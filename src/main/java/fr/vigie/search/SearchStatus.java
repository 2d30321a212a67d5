package fr.vigie.search;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import fr.vigie.search.extract.ExtractionWorker;
import fr.vigie.search.extract.TextExtractor;
import fr.vigie.search.index.IndexFollower;
import fr.vigie.search.index.Journal;

/**
 * What an administrator sees of this instance's search: the index (entries, size, how far it has read the
 * journal and how far the journal goes), the last rebuild, and the documents by reading status (shared by all
 * instances), with the characters read and the time it took.
 */
public record SearchStatus(long entries, long sizeBytes, long journalPosition, long journalTop, int journalGaps,
        Instant lastPoll, Instant lastRebuild, long lastRebuildMillis, long lastRebuildEntries, boolean rebuilding, String lastError,
        boolean ocrAvailable, boolean extractionEnabled, long readHere, long failedHere, List<Documents> documents) {

    /** Documents in one reading status, read by OCR or not: how many, characters read, time spent reading. */
    public record Documents(String status, boolean ocr, long count, long chars, long millis) {
    }

    static SearchStatus read(DataSource dataSource, IndexFollower follower, ExtractionWorker worker, TextExtractor extractor)
            throws IOException, SQLException {
        long entries = follower.store().search(s -> (long) s.getIndexReader().numDocs());
        List<Documents> documents = new ArrayList<>();
        long top;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT status, ocr, COUNT(*), COALESCE(SUM(chars), 0), COALESCE(SUM(millis), 0)"
                        + " FROM search_extraction GROUP BY status, ocr ORDER BY status, ocr")) {
            while (rs.next()) {
                documents.add(new Documents(rs.getString(1), rs.getBoolean(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
            }
            top = Journal.top(c);
        }
        IndexFollower.Status f = follower.status();
        return new SearchStatus(entries, follower.store().sizeBytes(), f.position(), top, f.gaps(), f.lastPoll(),
                f.lastRebuild(), f.lastRebuildMillis(), f.lastRebuildEntries(), f.rebuilding(), f.lastError(), extractor.ocrAvailable(),
                worker != null, worker == null ? 0 : worker.done(), worker == null ? 0 : worker.failed(), documents);
    }
}
