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
            chosen = request.getAcceptableLanguages().stream()
                    .filter(l -> SUPPORTED.contains(l.getLanguage()))
                    .findFirst().map(l -> Locale.forLanguageTag(l.getLanguage()))
                    .orElse(CurrentLocale.DEFAULT);
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, chosen.getLanguage());
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String path = request.getUriInfo().getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
        currentLocale.set(chosen, path);
    }

    static Locale fromCookie(Cookie cookie) {
        if (cookie == null || !SUPPORTED.contains(cookie.getValue())) {
            return null;
        }
        return Locale.forLanguageTag(cookie.getValue());
    }
}
