package fr.vigie.search.source;

/**
 * The searchable texts of the index, with the weight of a match in each: a word of a request's title or a
 * case number counts more than the same word somewhere in a long document. Each also says what a match in it
 * is, in the results ("the letter", "a note", "the document").
 */
public enum SearchField {
    TITLE("title", 3f),
    CODES("codes", 3f),
    BODY("body", 2f),
    TAGS("tags", 2f),
    FILE("file", 2f),
    SUBJECT("subject", 2f),
    LETTER("letter", 1f),
    NOTE("note", 1f),
    MAIL("mail", 1f),
    CONTENT("content", 1f);

    private final String field;
    private final float weight;

    SearchField(String field, float weight) {
        this.field = field;
        this.weight = weight;
    }

    public String field() {
        return field;
    }

    public float weight() {
        return weight;
    }

    public static SearchField ofField(String field) {
        for (SearchField f : values()) {
            if (f.field.equals(field)) {
                return f;
            }
        }
        throw new IllegalArgumentException(field);
    }
}
