package fr.vigie.search.query;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the highlighter's best passage into a {@link Snippet}: text with line breaks flattened, match ranges. */
final class SnippetFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        Passage p = passages[0];
        int start = p.getStartOffset();
        int end = Math.min(content.length(), p.getEndOffset());
        List<int[]> marks = new ArrayList<>();
        int last = start;
        for (int i = 0; i < p.getNumMatches(); i++) {
            int from = Math.max(last, p.getMatchStarts()[i]);
            int to = Math.min(end, p.getMatchEnds()[i]);
            if (from < to) {
                marks.add(new int[] { from - start, to - start });
                last = to;
            }
        }
        String text = content.substring(start, end).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return new Snippet(text, marks, start);
    }
}
