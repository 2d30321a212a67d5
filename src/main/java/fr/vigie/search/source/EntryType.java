package fr.vigie.search.source;

/** What a search result is: a request itself, a note of its timeline, or a document (with its page). */
public enum EntryType {
    REQUEST, NOTE, DOCUMENT
}
