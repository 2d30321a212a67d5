package fr.vigie.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.vigie.search.index.IndexFields;
import fr.vigie.search.index.IndexStore;
import fr.vigie.search.source.Entry;
import fr.vigie.search.source.EntryType;
import fr.vigie.search.source.RequestFacts;
import fr.vigie.search.source.SearchField;

/**
 * The engine on an index in memory: hits counted exactly up to a threshold and "more than" beyond it, a prefix
 * highlighted through the words it stands for, snippets taken from the texts of each kind of entry.
 */
class SearchEngineTest {

    private IndexStore store;
    private SearchEngine engine;

    @BeforeEach
    void open() throws IOException {
        store = IndexStore.open(IndexStore.MEMORY);
        engine = new SearchEngine(store);
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    private static RequestFacts request(long id) {
        return new RequestFacts(id, "Demande " + id, "Je demande les bons de commande BriefCam.", List.of("briefcam"), "",
                1, "Commune de Nîmes", "COMMUNE", "30", "FR_CRPA", "SENT", "editor", "PRIVATE", null,
                LocalDate.of(2025, 1, 1).plusDays(id % 300), id % 2 == 0 ? 7L : null);
    }

    private void add(Entry... entries) throws IOException {
        for (Entry e : entries) {
            store.writer().addDocument(IndexFields.toDocument(e));
        }
        store.refresh();
    }

    private static Entry requestEntry(RequestFacts r) {
        Map<SearchField, String> texts = new EnumMap<>(SearchField.class);
        texts.put(SearchField.TITLE, r.title());
        texts.put(SearchField.LETTER, r.letter());
        texts.put(SearchField.BODY, r.bodyName());
        return new Entry(EntryType.REQUEST, r, null, null, null, r.created(), null, null, null, texts);
    }

    private static SearchInput words(String q, int page) {
        return new SearchInput(q, null, null, null, null, null, null, null, null, null, null, null, SearchInput.Sort.RELEVANCE,
                page, 20);
    }

    @Test
    void hitsAreCountedExactlyUpToAThresholdThenAsALowerBound() throws IOException {
        for (long id = 1; id <= SearchEngine.COUNT_UP_TO + 500; id++) {
            store.writer().addDocument(IndexFields.toDocument(requestEntry(request(id))));
        }
        store.refresh();

        SearchResult many = engine.search(words("briefcam", 1), true);
        assertThat(many.exact()).isFalse();
        assertThat(many.total()).isGreaterThanOrEqualTo(SearchEngine.COUNT_UP_TO);
        assertThat(many.items()).hasSize(20);
        assertThat(many.hasNext()).isTrue();

        SearchResult deep = engine.search(words("briefcam", 60), true);
        assertThat(deep.items()).as("page 60 of 20 goes past the threshold, counted exactly that far").hasSize(20);

        SearchResult few = engine.search(new SearchInput("briefcam", null, null, null, null, null, null, null, null, 7L,
                null, null, SearchInput.Sort.DATE, 1, 20), true);
        assertThat(few.exact()).as("filtered by campaign, under the threshold").isTrue();
        assertThat(few.total()).isEqualTo((SearchEngine.COUNT_UP_TO + 500) / 2);
        SearchResult one = engine.search(words("Demande 42", 1), true);
        assertThat(one.exact()).isTrue();
        assertThat(one.items().get(0).requestId()).isEqualTo(42);
        assertThat(one.hasNext()).isFalse();
    }

    @Test
    void aPrefixIsHighlightedThroughTheWordsItStandsFor() throws IOException {
        RequestFacts r = request(1);
        Map<SearchField, String> texts = new EnumMap<>(SearchField.class);
        texts.put(SearchField.FILE, "devis.pdf");
        texts.put(SearchField.CONTENT, "Première page.\nDevis pour la maintenance des caméras de la commune, et d'une caméra mobile.");
        add(requestEntry(r), new Entry(EntryType.DOCUMENT, r, null, 5L, null, r.created(), "devis.pdf", "DONE", "0,15", texts));

        SearchResult result = engine.search(new SearchInput("camér*", EntryType.DOCUMENT, null, null, null, null, null,
                null, null, null, null, null, SearchInput.Sort.RELEVANCE, 1, 20), true);
        Hit hit = result.items().get(0);
        assertThat(hit.matched()).isEqualTo(SearchField.CONTENT);
        assertThat(hit.page()).isEqualTo(2);
        assertThat(hit.snippet().parts().stream().filter(Snippet.Part::mark).map(Snippet.Part::text))
                .containsExactly("caméras", "caméra");
    }

    @Test
    void eachKindOfEntryGivesItsSnippetFromItsOwnTexts() throws IOException {
        RequestFacts r = request(2);
        Map<SearchField, String> mail = new EnumMap<>(SearchField.class);
        mail.put(SearchField.SUBJECT, "Votre demande de vidéoprotection");
        mail.put(SearchField.MAIL, "Nous vous transmettons la convention de vidéoprotection signée.");
        Map<SearchField, String> note = new EnumMap<>(SearchField.class);
        note.put(SearchField.NOTE, "Relance sur la convention de vidéoprotection.");
        note.put(SearchField.CODES, "20240001");
        add(new Entry(EntryType.MAIL, r, null, null, 9L, r.created(), "juridique@prefecture.test", "IN", null, mail),
                new Entry(EntryType.NOTE, r, 4L, null, null, r.created(), "SENT", null, null, note));

        SearchResult result = engine.search(words("convention vidéoprotection", 1), true);
        assertThat(result.items()).extracting(Hit::type).containsExactlyInAnyOrder(EntryType.MAIL, EntryType.NOTE);
        for (Hit h : result.items()) {
            assertThat(h.matched()).isEqualTo(h.type() == EntryType.MAIL ? SearchField.MAIL : SearchField.NOTE);
            assertThat(h.snippet().text()).contains("convention de vidéoprotection");
        }
        Hit byCode = engine.search(words("20240001", 1), true).items().get(0);
        assertThat(byCode.eventId()).isEqualTo(4L);
        assertThat(byCode.matched()).isEqualTo(SearchField.CODES);
        Hit bySubject = engine.search(words("\"demande de vidéoprotection\"", 1), true).items().get(0);
        assertThat(bySubject.mailId()).isEqualTo(9L);
        assertThat(bySubject.matched()).isEqualTo(SearchField.SUBJECT);
        assertThat(engine.search(words("convention", 1), false).total()).as("a visitor never finds mail nor notes").isZero();
    }
}
