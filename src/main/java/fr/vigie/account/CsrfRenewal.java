package fr.vigie.account;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A new CSRF token at login and at logout (issue 18, item 11): a token planted before login, or known from the
 * session that ended, is worth nothing after. Same form as Quarkus's own tokens (quarkus.rest-csrf.token-size random
 * bytes, base64url), so that its filter takes it; an emptied cookie would make it refuse every page instead.
 */
final class CsrfRenewal {

    /** quarkus.rest-csrf.token-size, left at its default. */
    private static final int TOKEN_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfRenewal() {
    }

    /**
     * For a JAX-RS response: Quarkus's CSRF filter writes the token it finds in the routing context after the
     * resource ran (its own keys, "csrf_token" and the flag "true"), so the new token is put there rather than in
     * a second cookie that the filter's would override.
     */
    static void renew(io.vertx.ext.web.RoutingContext routing) {
        String token = newToken();
        routing.put("csrf_token", token);
        routing.put("csrf_token_bytes", Base64.getUrlDecoder().decode(token));
        routing.put("true", Boolean.TRUE);
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
