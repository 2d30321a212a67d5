package fr.vigie.request;

/**
 * Fired synchronously by the request writer inside its transaction, once a request, its timeline, its
 * derived state or its documents changed. Observers that keep a derived copy elsewhere (the search index's
 * journal) write their own row in the same transaction with {@code @Observes}; work to do only once the
 * change is committed uses {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 */
public record RequestChanged(long requestId) {
}
