package fr.vigie.mail;

import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Gives each request its reply key on first use, and finds a request back from a key. */
@ApplicationScoped
public class MailKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    /** The request's key, made now if it has none. */
    @Transactional
    public String of(long requestId) {
        RequestMailKey existing = RequestMailKey.findById(requestId);
        if (existing != null) {
            return existing.key;
        }
        RequestMailKey key = new RequestMailKey();
        key.requestId = requestId;
        key.key = random(12);
        key.persist();
        return key.key;
    }

    /** The request of a key, or null. */
    @Transactional
    public Long requestOf(String key) {
        RequestMailKey found = key == null ? null : RequestMailKey.byKey(key.toLowerCase(java.util.Locale.ROOT));
        return found == null ? null : found.requestId;
    }

    static String random(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
