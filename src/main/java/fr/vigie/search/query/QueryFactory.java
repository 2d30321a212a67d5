package fr.vigie.search.query;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import fr.vigie.search.index.IndexFields;
import fr.vigie.search.source.EntryType;
import fr.vigie.search.source.SearchField;

/**
 * Builds the Lucene query of a search. The words go through Lucene's simple query syntax, made for people:
 * it never fails on a stray quote or sign; every word must match (in any field), "quotes" make a phrase,
 * a trailing * a prefix, a leading - excludes. Filters and the reader's rights only restrict, never score.
 */
final class QueryFactory {

    private static final int FLAGS = SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.ESCAPE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR;
    private static final Map<String, Float> WEIGHTS = new LinkedHashMap<>();

    static {
        for (SearchField f : SearchField.values()) {
            WEIGHTS.put(f.field(), f.weight());
        }
    }

    private final Analyzer analyzer;

    QueryFactory(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The words alone, as they score and are highlighted; null for a search by filters only. */
    Query words(SearchInput input) {
        if (input.q() == null) {
            return null;
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS, FLAGS);
        parser.setDefaultOperator(Occur.MUST);
        return parser.parse(input.q());
    }

    /**
     * The words (from {@link #words}) with the filters and the reader's rights.
     *
     * @param signedIn false for a visitor: PUBLIC requests only, never their notes, documents or mail
     */
    Query build(SearchInput input, Query words, boolean signedIn) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(words == null ? new MatchAllDocsQuery() : words, Occur.MUST);
        if (!signedIn) {
            filter(query, IndexFields.VISIBILITY, "PUBLIC");
            filter(query, IndexFields.TYPE, EntryType.REQUEST.name());
        }
        filter(query, IndexFields.TYPE, input.type() == null ? null : input.type().name());
        filter(query, IndexFields.BODY_ID, input.bodyId() == null ? null : input.bodyId().toString());
        filter(query, IndexFields.BODY_KIND, input.bodyKind() == null ? null : input.bodyKind().name());
        filter(query, IndexFields.DEPARTEMENT, input.departement());
        filter(query, IndexFields.REGIME, input.regime() == null ? null : input.regime().name());
        filter(query, IndexFields.STAGE, input.stage() == null ? null : input.stage().name());
        filter(query, IndexFields.TAG, input.tag());
        filter(query, IndexFields.OWNER, input.owner());
        filter(query, IndexFields.CAMPAIGN_ID, input.campaignId() == null ? null : input.campaignId().toString());
        if (input.from() != null || input.to() != null) {
            long from = input.from() == null ? Long.MIN_VALUE : input.from().toEpochDay();
            long to = input.to() == null ? Long.MAX_VALUE : input.to().toEpochDay();
            query.add(LongPoint.newRangeQuery(IndexFields.DATE, from, to), Occur.FILTER);
        }
        return query.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
