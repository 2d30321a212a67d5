package fr.vigie.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import fr.vigie.app.AppClock;
import fr.vigie.app.VigieConfig;
import fr.vigie.search.extract.ExtractionQueue;
import fr.vigie.search.extract.ExtractionStatus;
import fr.vigie.search.extract.ExtractionWorker;
import fr.vigie.search.extract.TextExtractor;
import fr.vigie.search.index.IndexFollower;
import fr.vigie.search.index.IndexStore;
import fr.vigie.search.index.Journal;
import fr.vigie.search.query.SearchEngine;
import fr.vigie.search.query.SearchInput;
import fr.vigie.search.query.SearchResult;
import fr.vigie.search.source.RequestSelection;
import fr.vigie.search.source.Sources;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * This instance's search: its index and the follower that keeps it up to date, its document reader, and the
 * searches. Started with the application; the index is opened (rebuilt if need be) in the background, so a
 * large rebuild never delays the start.
 */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class);
    /** Claims, gaps and pruning are timeouts between instances, measured in wall time, not legal dates. */
    private static final Clock WALL = Clock.systemUTC();

    private final VigieConfig.Search config;
    private final AgroalDataSource dataSource;
    private final AppClock clock;
    private IndexFollower follower;
    private ExtractionWorker worker;
    private volatile SearchEngine engine;
    private TextExtractor extractor;

    SearchService(VigieConfig config, AgroalDataSource dataSource, AppClock clock) {
        this.config = config.search();
        this.dataSource = dataSource;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) throws IOException {
        IndexStore store = IndexStore.open(config.directory());
        engine = new SearchEngine(store);
        extractor = new TextExtractor(config.extraction().ocrLanguages(), config.extraction().maxChars());
        if (config.extraction().enabled()) {
            String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
            worker = new ExtractionWorker(dataSource::getConnection, extractor, WALL, config.extraction().timeout(),
                    config.extraction().maxSize().asLongValue(), instance);
            worker.start();
        }
        follower = new IndexFollower(dataSource::getConnection, store, new Sources(clock.zone()), WALL,
                config.journalRetention()).listener(new NewDocuments());
        follower.start(config.pollInterval());
        LOG.infof("Search index at %s, followed every %s; OCR %s", store.location(), config.pollInterval(),
                extractor.ocrAvailable() ? "with Tesseract (" + config.extraction().ocrLanguages() + ")" : "off");
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (worker != null) {
            worker.close();
        }
        if (follower != null) {
            follower.close();
            try {
                follower.store().close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Search index not closed cleanly; it is checked (and rebuilt if need be) at the next start", e);
            }
        }
    }

    /** @param signedIn false for a visitor: PUBLIC requests only, never their notes, files or mail */
    public SearchResult search(SearchInput input, boolean signedIn) throws IOException {
        SearchEngine ready = engine;
        return ready == null ? SearchResult.empty(input) : ready.search(input, signedIn);
    }

    /** Asks every instance sharing the database to rebuild its index from the database. */
    public void rebuildEverywhere() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Journal.append(c, Journal.REBUILD, 0, clock.now());
        }
    }

    /** Queues a document to be read again; its status before, or empty for an unknown document. */
    public Optional<ExtractionStatus> retry(long documentId) throws SQLException {
        Optional<ExtractionStatus> before;
        try (Connection c = dataSource.getConnection()) {
            before = ExtractionQueue.retry(c, documentId, WALL.instant());
        }
        if (worker != null) {
            worker.wake();
        }
        return before;
    }

    public SearchStatus status() throws IOException, SQLException {
        return SearchStatus.read(dataSource, follower, worker, extractor);
    }

    /** New documents are queued as soon as their request is indexed, and the reader woken. */
    private final class NewDocuments implements IndexFollower.Listener {
        @Override
        public void requestsChanged(Set<Long> requestIds) {
            enqueue(RequestSelection.ids(requestIds));
        }

        @Override
        public void rebuilt() {
            enqueue(null);
        }

        private void enqueue(RequestSelection selection) {
            try (Connection c = dataSource.getConnection()) {
                if (ExtractionQueue.enqueueMissing(c, selection, WALL.instant()) > 0 && worker != null) {
                    worker.wake();
                }
            } catch (SQLException e) {
                // another instance queued them at the same time, or the database is away: the reader's sweep catches up
                LOG.debug("New documents not queued now", e);
            }
        }
    }
}
