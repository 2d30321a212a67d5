package fr.vigie.search.source;

import java.sql.Connection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** The request itself: its title, its letter, its tags, its body's name and its reference and case numbers. */
final class RequestSource implements SearchSource {

    @Override
    public void read(Connection c, RequestSelection selection, Map<Long, RequestFacts> requests, Consumer<Entry> out) {
        for (RequestFacts r : requests.values()) {
            Map<SearchField, String> texts = new EnumMap<>(SearchField.class);
            texts.put(SearchField.TITLE, r.title());
            texts.put(SearchField.LETTER, r.letter());
            texts.put(SearchField.BODY, r.bodyName());
            texts.put(SearchField.TAGS, String.join(", ", r.tags()));
            texts.put(SearchField.CODES, r.codes());
            out.accept(new Entry(EntryType.REQUEST, r, null, null, null, r.created(), null, null, null, texts));
        }
    }
}
