package fr.vigie.search.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import fr.vigie.search.index.FrenchTextAnalyzer;
import fr.vigie.search.index.IndexFields;
import fr.vigie.search.index.IndexStore;
import fr.vigie.search.index.SearchField;
import fr.vigie.search.source.EntryType;
import fr.vigie.web.Page;

/** Runs searches on an index: the page of hits asked for, each with a snippet of what matched. */
public final class SearchEngine {

    /** Which text of a hit gives its snippet, first that matched: the body of the thing before its names. */
    private static final SearchField[] SNIPPET_ORDER = { SearchField.CONTENT, SearchField.NOTE, SearchField.LETTER,
        SearchField.CODES, SearchField.TAGS, SearchField.BODY, SearchField.FILE, SearchField.TITLE };
    private static final String[] SNIPPET_FIELDS = Arrays.stream(SNIPPET_ORDER).map(SearchField::field).toArray(String[]::new);
    private static final Sort NEWEST = new Sort(new SortField(IndexFields.DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE);
    private static final int SNIPPET_CHARS = 180;

    private final IndexStore store;
    private final Analyzer analyzer = new FrenchTextAnalyzer();
    private final QueryFactory queries = new QueryFactory(analyzer);

    public SearchEngine(IndexStore store) {
        this.store = store;
    }

    /** @param signedIn false for a visitor who is not logged in: PUBLIC requests only */
    public Page<Hit> search(SearchInput input, boolean signedIn) throws IOException {
        Query query = queries.build(input, signedIn);
        int wanted = input.page() * input.size();
        return store.search(searcher -> {
            TopDocs top = input.sort() == SearchInput.Sort.DATE
                    ? searcher.search(query, new TopFieldCollectorManager(NEWEST, wanted, null, Integer.MAX_VALUE))
                    : searcher.search(query, new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
            int from = Math.min(top.scoreDocs.length, (input.page() - 1) * input.size());
            ScoreDoc[] shown = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
            return new Page<>(hits(searcher, query, shown), input.page(), input.size(), top.totalHits.value);
        });
    }

    private List<Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
        int[] ids = Arrays.stream(docs).mapToInt(d -> d.doc).toArray();
        Map<String, Object[]> snippets = new Highlighter(searcher, analyzer).snippets(SNIPPET_FIELDS, query, ids);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document doc = stored.document(docs[i].doc);
            SearchField matched = null;
            Snippet snippet = null;
            for (SearchField field : SNIPPET_ORDER) {
                Object s = snippets.get(field.field())[i];
                if (s != null) {
                    matched = field;
                    snippet = (Snippet) s;
                    break;
                }
            }
            EntryType type = EntryType.valueOf(doc.get(IndexFields.TYPE));
            Integer page = matched == SearchField.CONTENT ? page(doc.get(IndexFields.PAGE_STARTS), snippet) : null;
            hits.add(new Hit(type, Long.parseLong(doc.get(IndexFields.REQUEST_ID)), number(doc, IndexFields.EVENT_ID),
                    number(doc, IndexFields.DOCUMENT_ID), page, doc.get(IndexFields.REQUEST_TITLE), matched, snippet,
                    Float.isNaN(docs[i].score) ? 0 : docs[i].score,
                    LocalDate.ofEpochDay(doc.getField(IndexFields.DATE).numericValue().longValue()), doc.get(IndexFields.LABEL),
                    doc.get(IndexFields.STATUS), doc.get(IndexFields.PUBLIC_KEY)));
        }
        return hits;
    }

    /**
     * The page of a document's snippet: the page where most of its matches are (a passage may run over the end
     * of a page), the first of them on a tie; null for a text without pages.
     */
    static Integer page(String pageStarts, Snippet snippet) {
        if (pageStarts == null || pageStarts.isEmpty()) {
            return null;
        }
        int[] starts = Arrays.stream(pageStarts.split(",")).mapToInt(Integer::parseInt).toArray();
        Map<Integer, Integer> counts = new java.util.LinkedHashMap<>();
        for (int[] mark : snippet.marks()) {
            counts.merge(pageAt(starts, snippet.startOffset() + mark[0]), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(pageAt(starts, snippet.startOffset()));
    }

    /** The page (from 1) whose start is the last at or before {@code offset}. */
    private static int pageAt(int[] starts, int offset) {
        int page = 0;
        while (page < starts.length && starts[page] <= offset) {
            page++;
        }
        return Math.max(1, page);
    }

    private static Long number(Document doc, String field) {
        IndexableField f = doc.getField(field);
        return f == null ? null : f.numericValue().longValue();
    }

    /**
     * The unified highlighter, giving {@link Snippet}s: passages of about 180 characters centred on the match; none
     * for a field without a match (not its first lines: a snippet always shows what matched).
     */
    private static final class Highlighter extends UnifiedHighlighter {

        Highlighter(IndexSearcher searcher, Analyzer analyzer) {
            super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new SnippetFormatter())
                    .withHandleMultiTermQuery(true).withHighlightPhrasesStrictly(true).withMaxLength(Integer.MAX_VALUE - 1)
                    .withMaxNoHighlightPassages(0)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getWordInstance(Locale.FRENCH), SNIPPET_CHARS, 0.5f)));
        }

        Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds) throws IOException {
            int[] one = new int[fields.length];
            Arrays.fill(one, 1);
            return highlightFieldsAsObjects(fields, query, docIds, one);
        }
    }
}
