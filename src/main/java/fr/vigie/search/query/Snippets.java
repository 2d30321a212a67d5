package fr.vigie.search.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import fr.vigie.search.source.EntryType;
import fr.vigie.search.source.SearchField;

/**
 * The snippets of a page of hits, with Lucene's unified highlighter reading the offsets stored in the postings
 * (no text is analysed again). The highlighter matches the whole query again for each hit and text it is asked
 * for, so it is asked for as few as can be: the texts of the hit's kind only, one text at a time in the order of
 * {@link EntryType#texts()}, and a hit that got its snippet is not asked for the next texts. Only the first
 * {@value #MAX_CHARS} characters of a text are looked at.
 */
final class Snippets {

    /** What was found in a hit: the text and a passage of about {@value #SNIPPET_CHARS} characters around the match. */
    record Found(SearchField field, Snippet snippet) {
    }

    static final int SNIPPET_CHARS = 180;
    /** About 150 pages: a match further into a longer document finds it, with no snippet. */
    static final int MAX_CHARS = 500_000;

    private Snippets() {
    }

    /** The snippet of each hit ({@code null} where nothing matched in its texts), in the order of {@code docs}. */
    static Found[] of(IndexSearcher searcher, Analyzer analyzer, Query words, int[] docs, EntryType[] types)
            throws IOException {
        Found[] found = new Found[docs.length];
        if (words == null || docs.length == 0) {
            return found;
        }
        Highlighter highlighter = new Highlighter(searcher, analyzer);
        for (EntryType type : EntryType.values()) {
            List<Integer> waiting = new ArrayList<>();
            for (int i = 0; i < docs.length; i++) {
                if (types[i] == type) {
                    waiting.add(i);
                }
            }
            for (SearchField field : type.texts()) {
                if (waiting.isEmpty()) {
                    break;
                }
                Object[] snippets = highlighter.snippets(field, words, waiting.stream().mapToInt(i -> docs[i]).toArray());
                List<Integer> still = new ArrayList<>();
                for (int k = 0; k < snippets.length; k++) {
                    if (snippets[k] == null) {
                        still.add(waiting.get(k));
                    } else {
                        found[waiting.get(k)] = new Found(field, (Snippet) snippets[k]);
                    }
                }
                waiting = still;
            }
        }
        return found;
    }

    /**
     * The unified highlighter, giving {@link Snippet}s: the best passage centred on the match; none for a text
     * without a match (not its first lines: a snippet always shows what matched).
     */
    private static final class Highlighter extends UnifiedHighlighter {

        Highlighter(IndexSearcher searcher, Analyzer analyzer) {
            super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new SnippetFormatter())
                    .withHandleMultiTermQuery(true).withHighlightPhrasesStrictly(true).withMaxLength(MAX_CHARS)
                    .withMaxNoHighlightPassages(0)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getWordInstance(Locale.FRENCH), SNIPPET_CHARS, 0.5f)));
        }

        Object[] snippets(SearchField field, Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] { field.field() }, query, docIds, new int[] { 1 })
                    .get(field.field());
        }
    }
}
