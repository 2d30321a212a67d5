package fr.vigie.web;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Chooses the interface language: the language cookie set by the switch wins, then the browser's
 * Accept-Language, then French. The header is rewritten to the choice so that Qute renders message
 * bundles in that language without every page having to say so.
 */
public class LocaleFilter {

    public static final String COOKIE = "vigie-lang";
    static final List<String> SUPPORTED = List.of("fr", "en");

    @Inject
    CurrentLocale currentLocale;

    @ServerRequestFilter(preMatching = true)
    public void chooseLanguage(ContainerRequestContext request) {
        Locale chosen = fromCookie(request.getCookies().get(COOKIE));
        if (chosen == null) {
            chosen = fromHeader(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, chosen.getLanguage());
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String path = request.getUriInfo().getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
        currentLocale.set(chosen, path);
    }

    /**
     * The first supported language of an Accept-Language header, by preference; French when none. Read by hand
     * because the framework's parser throws on a malformed entry ("en;q=abc"), which made every page answer 500:
     * a malformed entry is skipped, the rest still counts.
     */
    static Locale fromHeader(String header) {
        if (header == null || header.length() > 1000) {
            return CurrentLocale.DEFAULT;
        }
        String best = null;
        double bestQ = 0;
        for (String entry : header.split(",")) {
            String[] parts = entry.split(";", -1);
            String language = parts[0].trim().toLowerCase(Locale.ROOT);
            int dash = language.indexOf('-');
            language = dash > 0 ? language.substring(0, dash) : language;
            double q = quality(parts);
            if (SUPPORTED.contains(language) && q > bestQ) {
                best = language;
                bestQ = q;
            }
        }
        return best == null ? CurrentLocale.DEFAULT : Locale.forLanguageTag(best);
    }

    /** The q parameter of an entry (1 when absent); 0, that is "not wanted", when it is not a number from 0 to 1. */
    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].trim();
            if (param.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(param.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    static Locale fromCookie(Cookie cookie) {
        if (cookie == null || !SUPPORTED.contains(cookie.getValue())) {
            return null;
        }
        return Locale.forLanguageTag(cookie.getValue());
    }
}
