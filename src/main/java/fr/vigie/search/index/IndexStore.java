package fr.vigie.search.index;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/**
 * One instance's Lucene index: a directory (a folder, or memory), its one writer and the searchers opened on
 * it. An index that is missing, unreadable or of another format is replaced by an empty one, and says so
 * ({@link #isFresh()}): the follower then rebuilds it from the database. What the follower has applied is kept
 * in each commit's user data.
 */
public final class IndexStore implements Closeable {

    private static final Logger LOG = Logger.getLogger(IndexStore.class);
    public static final String MEMORY = "memory";

    private final Directory directory;
    private final String location;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile boolean fresh;

    private IndexStore(Directory directory, String location) throws IOException {
        this.directory = directory;
        this.location = location;
        open();
    }

    /** The index in a folder (created if missing), or in memory for {@value #MEMORY}. */
    public static IndexStore open(String location) throws IOException {
        Directory directory = MEMORY.equals(location) ? new ByteBuffersDirectory() : FSDirectory.open(Path.of(location));
        return new IndexStore(directory, location);
    }

    public static IndexStore open(Directory directory) throws IOException {
        return new IndexStore(directory, directory.toString());
    }

    private void open() throws IOException {
        fresh = !DirectoryReader.indexExists(directory) || !readable();
        if (fresh) {
            wipe();
        }
        IndexWriterConfig config = new IndexWriterConfig(new FrenchTextAnalyzer())
                .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(48);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
    }

    private boolean readable() {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs() >= 0;
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | NoSuchFileException
                | EOFException e) {
            LOG.warnf("Search index at %s is unreadable (%s): it is rebuilt from the database", location, e.toString());
            return false;
        } catch (IOException e) {
            LOG.warnf(e, "Search index at %s cannot be opened: it is rebuilt from the database", location);
            return false;
        }
    }

    private void wipe() throws IOException {
        for (String file : directory.listAll()) {
            if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                directory.deleteFile(file);
            }
        }
    }

    /** Drops everything and starts again with an empty index (after a corruption found while writing). */
    public synchronized void recreate() throws IOException {
        closeQuietly();
        wipe();
        open();
        fresh = true;
    }

    /** Whether the index was created empty at opening: it was missing or could not be read. */
    public boolean isFresh() {
        return fresh;
    }

    public IndexWriter writer() {
        return writer;
    }

    /** The user data of the last commit (empty for a new index). */
    public Map<String, String> committed() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /** Makes what was written durable, with the data that says how far it goes. */
    public void commit(Map<String, String> data) throws IOException {
        writer.setLiveCommitData(Map.copyOf(data).entrySet());
        writer.commit();
        fresh = false;
    }

    /** Lets searches see what was written since the last refresh (committed or not). */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Runs a search on the current view of the index. */
    public <T> T search(SearchCall<T> call) throws IOException {
        SearcherManager manager = searchers;
        IndexSearcher searcher = manager.acquire();
        try {
            return call.apply(searcher);
        } finally {
            manager.release(searcher);
        }
    }

    /** A search on one view of the index. */
    @FunctionalInterface
    public interface SearchCall<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Size of the index's files, in bytes. */
    public long sizeBytes() throws IOException {
        long size = 0;
        for (String file : directory.listAll()) {
            try {
                size += directory.fileLength(file);
            } catch (NoSuchFileException merged) {
                // merged away while listing
            }
        }
        return size;
    }

    public String location() {
        return location;
    }

    private void closeQuietly() {
        try {
            searchers.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing searchers", e);
        }
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing writer", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
