package fr.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.vigie.search.index.IndexStore;

/** An index that is missing or corrupt opens empty and says so (the follower then rebuilds it); a sound one is kept. */
class IndexStoreTest {

    @TempDir
    Path folder;

    @Test
    void aMissingIndexOpensFreshAndASoundOneKeepsItsCommit() throws Exception {
        try (IndexStore store = IndexStore.open(folder.resolve("index").toString())) {
            assertThat(store.isFresh()).isTrue();
            store.writer().addDocument(doc("a"));
            store.commit(Map.of("position", "42"));
        }
        try (IndexStore store = IndexStore.open(folder.resolve("index").toString())) {
            assertThat(store.isFresh()).isFalse();
            assertThat(store.committed()).containsEntry("position", "42");
            assertThat(store.<Integer>search(s -> s.getIndexReader().numDocs()).intValue()).isEqualTo(1);
        }
    }

    @Test
    void aCorruptIndexOpensFresh() throws Exception {
        Path index = folder.resolve("index");
        try (IndexStore store = IndexStore.open(index.toString())) {
            store.writer().addDocument(doc("a"));
            store.commit(Map.of("position", "7"));
        }
        try (var files = Files.list(index)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 });
            }
        }
        try (IndexStore store = IndexStore.open(index.toString())) {
            assertThat(store.isFresh()).isTrue();
            assertThat(store.committed()).doesNotContainKey("position");
            assertThat(store.<Integer>search(s -> s.getIndexReader().numDocs()).intValue()).isZero();
        }
    }

    private static Document doc(String id) {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.YES));
        return d;
    }
}
