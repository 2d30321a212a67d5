package fr.vigie.web;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;

/**
 * Pages and the login form read forms only: a POST of anything else is refused with 415 before it is read.
 * The login form is small: a body announced over 64 KB is refused with 413 before it is read.
 * The CSRF filter checks the token of forms only (it lets other media types through, for the JSON API),
 * so a page posted as text/plain would run without its token check, on empty fields, and then fail to
 * render its form; the form login cannot decode other bodies at all (a 500).
 */
@Singleton
public class FormPostsOnly {

    static final String LOGIN = "/j_security_check";
    /** A username (64) and a password (1,000) with their CSRF token fit many times over. */
    static final long LOGIN_MAX_BYTES = 64 * 1024;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentLocale locale;

    /** Runs after the language is chosen, before the resource is matched. */
    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 1)
    public void pages(ContainerRequestContext request) {
        if (refused(request.getMethod(), request.getUriInfo().getPath(), request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            throw new NotSupportedException(locale.msg().error_form_expected());
        }
    }

    /**
     * The login form is not a JAX-RS resource: checked before the form authentication reads it, which
     * would otherwise wait for whatever length the client announces (the body size limit is not applied there).
     */
    void login(@Observes Filters filters) {
        filters.register(rc -> {
            if (!LOGIN.equals(rc.normalizedPath())) {
                rc.next();
            } else if (refused(rc.request().method().name(), LOGIN, rc.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
                rc.response().setStatusCode(415).end();
            } else if (declaredLength(rc.request().getHeader(HttpHeaders.CONTENT_LENGTH)) > LOGIN_MAX_BYTES) {
                rc.response().setStatusCode(413).end();
            } else {
                rc.next();
            }
        }, SecurityHandlerPriorities.AUTHENTICATION + 1);
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? 0 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    static boolean refused(String method, String path, String contentType) {
        if (SAFE.contains(method) || path.startsWith("/api/")) {
            return false;
        }
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        return !type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data");
    }
}
