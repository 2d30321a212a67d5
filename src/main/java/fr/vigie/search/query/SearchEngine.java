package fr.vigie.search.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

import fr.vigie.search.index.FrenchTextAnalyzer;
import fr.vigie.search.index.IndexFields;
import fr.vigie.search.index.IndexStore;
import fr.vigie.search.source.EntryType;
import fr.vigie.search.source.SearchField;

/** Runs searches on an index: the page of hits asked for, each with a snippet of what matched. */
public final class SearchEngine {

    /**
     * Hits are counted exactly up to here (beyond the page asked for); past it the count is a lower bound, which lets
     * Lucene skip the hits that cannot make the page instead of scoring every one of 120,000 matches.
     */
    static final int COUNT_UP_TO = 1_000;
    /**
     * Newest first; the same day in the order of the index, not by score: with the date as the only key, Lucene skips
     * every hit older than the page's last (points of the date field) instead of scoring all of them.
     */
    private static final Sort NEWEST = new Sort(new SortField(IndexFields.DATE, SortField.Type.LONG, true));
    /** What a result shows, read without the long texts. */
    private static final Set<String> SHOWN = Set.of(IndexFields.TYPE, IndexFields.REQUEST_ID, IndexFields.EVENT_ID,
            IndexFields.DOCUMENT_ID, IndexFields.MAIL_ID, IndexFields.REQUEST_TITLE, IndexFields.BODY_NAME, IndexFields.DATE, IndexFields.LABEL,
            IndexFields.STATUS, IndexFields.PAGE_STARTS, IndexFields.PUBLIC_KEY);

    private final IndexStore store;
    private final Analyzer analyzer = new FrenchTextAnalyzer();
    private final QueryFactory queries = new QueryFactory(analyzer);

    public SearchEngine(IndexStore store) {
        this.store = store;
    }

    /** @param signedIn false for a visitor who is not logged in: PUBLIC requests only */
    public SearchResult search(SearchInput input, boolean signedIn) throws IOException {
        Query words = queries.words(input);
        Query query = queries.build(input, words, signedIn);
        int wanted = input.page() * input.size();
        int countUpTo = Math.max(COUNT_UP_TO, wanted + 1);
        return store.search(searcher -> {
            TopDocs top = input.sort() == SearchInput.Sort.DATE
                    ? searcher.search(query, new TopFieldCollectorManager(NEWEST, wanted, null, countUpTo))
                    : searcher.search(query, new TopScoreDocCollectorManager(wanted, null, countUpTo));
            int from = Math.min(top.scoreDocs.length, (input.page() - 1) * input.size());
            ScoreDoc[] shown = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
            return new SearchResult(hits(searcher, words, shown), input.page(), input.size(), top.totalHits.value,
                    top.totalHits.relation == TotalHits.Relation.EQUAL_TO);
        });
    }

    private List<Hit> hits(IndexSearcher searcher, Query words, ScoreDoc[] docs) throws IOException {
        StoredFields stored = searcher.storedFields();
        Document[] shown = new Document[docs.length];
        EntryType[] types = new EntryType[docs.length];
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
            shown[i] = stored.document(docs[i].doc, SHOWN);
            types[i] = EntryType.valueOf(shown[i].get(IndexFields.TYPE));
        }
        Snippets.Found[] found = Snippets.of(searcher, analyzer, words, ids, types);
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document doc = shown[i];
            SearchField matched = found[i] == null ? null : found[i].field();
            Snippet snippet = found[i] == null ? null : found[i].snippet();
            Integer page = matched == SearchField.CONTENT ? page(doc.get(IndexFields.PAGE_STARTS), snippet) : null;
            hits.add(new Hit(types[i], Long.parseLong(doc.get(IndexFields.REQUEST_ID)), number(doc, IndexFields.EVENT_ID),
                    number(doc, IndexFields.DOCUMENT_ID), number(doc, IndexFields.MAIL_ID), page,
                    doc.get(IndexFields.REQUEST_TITLE), doc.get(IndexFields.BODY_NAME), matched, snippet, Float.isNaN(docs[i].score) ? 0 : docs[i].score,
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
}
