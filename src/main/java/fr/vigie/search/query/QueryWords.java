package fr.vigie.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.BytesRef;

import fr.vigie.search.index.FrenchTextAnalyzer;

/**
 * Whether a query has something to search for, before it reaches the index: at least one word that is not a
 * stop word nor a lone sign, prefixes long enough to stay cheap ("a*" would expand to every word in "a"), and
 * not too many words.
 */
public final class QueryWords {

    public static final int MIN_PREFIX = 2;
    public static final int MAX_WORDS = 32;
    private static final Analyzer ANALYZER = new FrenchTextAnalyzer();

    /** Why words cannot be searched; the web layer words it. */
    public enum Problem {
        NO_WORDS, PREFIX_TOO_SHORT, TOO_MANY_WORDS
    }

    private QueryWords() {
    }

    public static Optional<Problem> check(String q) {
        int words = 0;
        for (String token : q.replace("\\", " ").split("[\\s+|()\"~]+")) {
            if (token.isEmpty()) {
                continue;
            }
            String word = token.startsWith("-") ? token.substring(1) : token;
            if (word.endsWith("*")) {
                String prefix = word.replaceAll("\\*+$", "");
                BytesRef normalized = ANALYZER.normalize("content", prefix);
                if (normalized.utf8ToString().codePoints().filter(Character::isLetterOrDigit).count() < MIN_PREFIX) {
                    return Optional.of(Problem.PREFIX_TOO_SHORT);
                }
                words++;
            } else {
                words += terms(word);
            }
        }
        if (words > MAX_WORDS) {
            return Optional.of(Problem.TOO_MANY_WORDS);
        }
        return words == 0 ? Optional.of(Problem.NO_WORDS) : Optional.empty();
    }

    private static int terms(String text) {
        try (TokenStream stream = ANALYZER.tokenStream("content", text)) {
            stream.reset();
            int n = 0;
            while (stream.incrementToken()) {
                n++;
            }
            stream.end();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
