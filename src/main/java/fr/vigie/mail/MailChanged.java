package fr.vigie.mail;

/**
 * Fired synchronously inside the transaction that files a message on a request (matched, assigned, sent) or takes
 * it off (discarded, assigned elsewhere), once per request concerned. Search observes it to re-index the request's
 * mail in the same transaction, as it does for {@code fr.vigie.request.RequestChanged}.
 */
public record MailChanged(long requestId) {
}
