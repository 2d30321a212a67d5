package fr.vigie.publicbody;

/**
 * Fired synchronously by {@link PublicBodyService} inside its transaction when a body's name, kind or
 * département changed: what keeps a copy of them per request (the search index's journal) observes it.
 */
public record BodyChanged(long bodyId) {
}
