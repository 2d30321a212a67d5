package fr.vigie.search.source;

import java.util.List;

/**
 * What a search result is: a request itself, a note of its timeline, a document (with its page), or a message
 * of its correspondence. Each kind has its own texts: a snippet is looked for in those only.
 */
public enum EntryType {
    REQUEST(SearchField.LETTER, SearchField.CODES, SearchField.TAGS, SearchField.BODY, SearchField.TITLE),
    NOTE(SearchField.NOTE, SearchField.CODES),
    DOCUMENT(SearchField.CONTENT, SearchField.FILE),
    MAIL(SearchField.MAIL, SearchField.SUBJECT);

    private final List<SearchField> texts;

    EntryType(SearchField... texts) {
        this.texts = List.of(texts);
    }

    /** The texts an entry of this kind may have, in the order its snippet is taken: its own text before its names. */
    public List<SearchField> texts() {
        return texts;
    }
}
