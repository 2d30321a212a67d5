package fr.vigie.search.index;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

import fr.vigie.search.source.SearchField;

/**
 * French as it is written and typed: "l'analyse" is "analyse" (elisions, straight or curly apostrophe), case
 * and accents are ignored ("securite" is "sécurité"), plurals and common inflections share a stem ("caméras",
 * "caméra"), and the commonest words are left out. Accents are folded before stemming, so that a word typed
 * without accents gets the same stem as the accented word in the text.
 */
public final class FrenchTextAnalyzer extends Analyzer {

    /** Stop words are matched before folding, as written ("à", "été"). */
    private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();
    /**
     * In file names, dots and underscores separate words ("bon_de_commande.pdf"); elsewhere the tokenizer keeps
     * "www.cnil.fr" whole, as written. Same length, so offsets (and snippets) stay those of the original.
     */
    private static final NormalizeCharMap FILE_NAME_WORDS;

    static {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add(".", " ");
        map.add("_", " ");
        FILE_NAME_WORDS = map.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return SearchField.FILE.field().equals(fieldName) ? new MappingCharFilter(FILE_NAME_WORDS, reader) : reader;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new ASCIIFoldingFilter(stream);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** What a prefix ("camér*") goes through: the same folding, no stemming (a prefix is not a word). */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        return new ASCIIFoldingFilter(stream);
    }

    /** Whether the word is one the index leaves out ("le", "de", "à"). */
    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }
}
