package fr.vigie.search.index;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.CorruptIndexException;
import org.jboss.logging.Logger;

import fr.vigie.search.source.Sources;

/**
 * Keeps one instance's index up to date with the database: on one thread of its own, it reads the journal
 * every poll interval and rewrites the requests it names. It rebuilds the whole index when the index is new
 * (missing or corrupt), belongs to another database, has missed pruned rows, or an administrator asked.
 * Plain Java, so that a test can run a second, independent follower beside the application's.
 */
public final class IndexFollower implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(IndexFollower.class);
    /** Bumped when what is written into the index changes: an index of another format is rebuilt. */
    static final String FORMAT = "2"; // 2: the body's name is stored for the results
    private static final int BATCH = 1_000;
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    /** Told what changed, after it is in the index (the extraction queue looks for new documents). */
    public interface Listener {
        void requestsChanged(Set<Long> requestIds);

        void rebuilt();
    }

    /** What the follower has done, for the administrators' status. */
    public record Status(long position, int gaps, Instant lastPoll, Instant lastRebuild, long lastRebuildMillis,
            long lastRebuildEntries, String lastError, boolean rebuilding) {
    }

    private final Connections db;
    private final IndexStore store;
    private final Reindexer reindexer;
    private final Clock clock;
    private final Duration retention;
    private Listener listener = new Listener() {
        @Override
        public void requestsChanged(Set<Long> requestIds) {
        }

        @Override
        public void rebuilt() {
        }
    };
    private ScheduledExecutorService executor;
    private JournalCursor cursor;
    private String database;
    private Instant lastPrune = Instant.EPOCH;
    private volatile boolean rebuildAsked;
    private volatile Status status = new Status(0, 0, null, null, 0, 0, null, false);

    public IndexFollower(Connections db, IndexStore store, Sources sources, Clock clock, Duration retention) {
        this.db = db;
        this.store = store;
        this.reindexer = new Reindexer(sources);
        this.clock = clock;
        this.retention = retention;
    }

    public IndexFollower listener(Listener listener) {
        this.listener = listener;
        return this;
    }

    /** Polls on a thread of its own, first at once. */
    public synchronized void start(Duration interval) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "search-follower");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Rebuilds at the next poll, on this instance only (the journal's REBUILD row asks every instance). */
    public void askRebuild() {
        rebuildAsked = true;
    }

    public Status status() {
        return status;
    }

    public IndexStore store() {
        return store;
    }

    private void pollSafely() {
        try {
            poll();
        } catch (CorruptIndexException e) {
            LOG.error("Search index corrupt while writing: it is recreated and rebuilt from the database", e);
            recreate();
        } catch (Exception e) {
            LOG.warn("Search index not updated this time; retried at the next poll", e);
            record(e.toString());
        }
    }

    private void recreate() {
        try {
            store.recreate();
            cursor = null;
        } catch (IOException e) {
            LOG.error("Search index cannot be recreated", e);
            record(e.toString());
        }
    }

    /** One round: catch up with the journal (or rebuild), then make it visible and durable. */
    public synchronized void poll() throws IOException, SQLException {
        if (cursor == null) {
            resumeOrRebuild();
        }
        if (rebuildAsked) {
            rebuild();
        }
        boolean changed = false;
        List<JournalCursor.Row> rows;
        do {
            try (Connection c = db.get()) {
                rows = cursor.read(c, BATCH, clock.millis());
                changed |= !rows.isEmpty() && apply(c, rows);
            }
        } while (rows.size() >= BATCH && !rebuildAsked);
        if (rebuildAsked) {
            rebuild();
            changed = false;
        }
        if (changed) {
            commit();
        }
        pruneNowAndThen();
        status = new Status(cursor.position(), cursor.gapCount(), clock.instant(), status.lastRebuild(),
                status.lastRebuildMillis(), status.lastRebuildEntries(), null, false);
    }

    private void resumeOrRebuild() throws IOException, SQLException {
        Map<String, String> committed = store.committed();
        try (Connection c = db.get()) {
            database = Journal.databaseId(c);
            JournalCursor kept = JournalCursor.readFrom(committed);
            String why = store.isFresh() ? "new or unreadable"
                    : !database.equals(committed.get("database")) ? "built from another database"
                    : !FORMAT.equals(committed.get("format")) ? "of an older format"
                    : kept == null ? "without a journal position"
                    : kept.position() > Journal.top(c) ? "ahead of the journal (the database was restored)"
                    : kept.position() < Journal.prunedThrough(c) ? "behind the pruned journal" : null;
            if (why == null) {
                cursor = kept;
                return;
            }
            LOG.infof("Search index at %s is %s: rebuilding it from the database", store.location(), why);
        }
        rebuildAsked = true;
        cursor = new JournalCursor(0);
    }

    /** True when something was written. */
    private boolean apply(Connection c, List<JournalCursor.Row> rows) throws SQLException, IOException {
        Set<Long> requests = new LinkedHashSet<>();
        Set<Long> documents = new LinkedHashSet<>();
        Set<Long> bodies = new LinkedHashSet<>();
        for (JournalCursor.Row row : rows) {
            switch (row.kind()) {
                case Journal.REQUEST -> requests.add(row.refId());
                case Journal.DOCUMENT -> documents.add(row.refId());
                case Journal.BODY -> bodies.add(row.refId());
                case Journal.REBUILD -> rebuildAsked = true;
                default -> LOG.warnf("Unknown journal row kind %s (id %d): skipped", row.kind(), row.id());
            }
        }
        if (rebuildAsked) {
            return false;
        }
        requests.addAll(Reindexer.requestsOfDocuments(c, documents));
        requests.addAll(Reindexer.requestsOfBodies(c, bodies));
        if (requests.isEmpty()) {
            return false;
        }
        reindexer.requests(c, store.writer(), requests);
        listener.requestsChanged(requests);
        return true;
    }

    private void rebuild() throws IOException, SQLException {
        rebuildAsked = false;
        status = new Status(status.position(), status.gaps(), status.lastPoll(), status.lastRebuild(),
                status.lastRebuildMillis(), status.lastRebuildEntries(), null, true);
        long begin = System.nanoTime();
        long top;
        try (Connection c = db.get()) {
            top = Journal.top(c);
        }
        store.writer().deleteAll();
        long entries = reindexer.all(db, store.writer());
        try (Connection c = db.get()) {
            cursor = JournalCursor.rebuiltAt(c, top, clock.millis());
        }
        commit();
        long millis = (System.nanoTime() - begin) / 1_000_000;
        LOG.infof("Search index rebuilt: %d entries in %d ms", entries, millis);
        status = new Status(cursor.position(), cursor.gapCount(), clock.instant(), clock.instant(), millis, entries, null, false);
        listener.rebuilt();
    }

    private void commit() throws IOException {
        Map<String, String> data = new HashMap<>();
        cursor.writeTo(data);
        data.put("database", database);
        data.put("format", FORMAT);
        store.commit(data);
        store.refresh();
    }

    private void pruneNowAndThen() {
        Instant now = clock.instant();
        if (Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) < 0) {
            return;
        }
        lastPrune = now;
        try (Connection c = db.get()) {
            int deleted = Journal.prune(c, now.minus(retention));
            if (deleted > 0) {
                LOG.infof("Search journal: %d rows older than %s deleted", deleted, retention);
            }
        } catch (SQLException e) {
            LOG.debug("Journal not pruned this time (another instance may be pruning)", e);
        }
    }

    private void record(String error) {
        Status s = status;
        status = new Status(s.position(), s.gaps(), s.lastPoll(), s.lastRebuild(), s.lastRebuildMillis(),
                s.lastRebuildEntries(), error, false);
    }

    @Override
    /** Lets the round in progress end (an interrupted write would close the index writer), up to 30 s. */
    public void close() throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow(); // a long rebuild: its uncommitted work is redone at the next start
                executor.awaitTermination(10, TimeUnit.SECONDS);
            }
        }
    }
}
