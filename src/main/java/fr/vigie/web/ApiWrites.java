package fr.vigie.web;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Writes to the JSON API from a browser (issue 18, item 10). A page of another origin of the same site can send
 * the session cookie with a POST whose body is text/plain or untyped, which no CORS preflight stops; the CSRF filter
 * checks forms only. So, on /api/ writes:
 * <ul>
 * <li>a body must be of a type the endpoint declares ({@code @Consumes}, JSON when it declares none): 415;</li>
 * <li>a call authenticated by the session cookie must echo the CSRF cookie in the X-CSRF-TOKEN header, which
 * another site can neither read nor send without a preflight: 403. Bearer-token calls carry no ambient
 * credential and are left alone.</li>
 * </ul>
 */
@Singleton
public class ApiWrites {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON_TYPE);

    @Inject
    CurrentLocale locale;

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String csrfCookie;

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String csrfHeader;

    /** After matching (the endpoint's declared types are known), before the body is read. */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 1)
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        if (!request.getUriInfo().getPath().startsWith("/api/") || SAFE.contains(request.getMethod())) {
            return;
        }
        List<MediaType> accepted = accepted(resource);
        if (hasBody(request) && !accepts(accepted, request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            throw new NotSupportedException(locale.msg().error_api_type(
                    String.join(", ", accepted.stream().map(MediaType::toString).toList())));
        }
        if (byCookie(request) && !csrfEchoed(request)) {
            throw new ForbiddenException(locale.msg().error_api_csrf());
        }
    }

    /** A body, or a type announced for one: an empty POST with no Content-Type (an action) has nothing to parse. */
    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null || request.getHeaderString("Transfer-Encoding") != null
                || length != null && !length.strip().equals("0");
    }

    static boolean accepts(List<MediaType> accepted, String contentType) {
        if (contentType == null) {
            return false;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return !type.isWildcardType() && !type.isWildcardSubtype()
                && accepted.stream().anyMatch(a -> a.getType().equalsIgnoreCase(type.getType())
                        && a.getSubtype().equalsIgnoreCase(type.getSubtype()));
    }

    private static List<MediaType> accepted(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Consumes consumes = method == null ? null : method.getAnnotation(Consumes.class);
        if (consumes == null && resource.getResourceClass() != null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        return consumes == null ? JSON
                : Arrays.stream(consumes.value()).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                        .map(MediaType::valueOf).toList();
    }

    /** Logged in, and not with a bearer token: the browser's session cookie, sent by whatever page asked. */
    private boolean byCookie(ContainerRequestContext request) {
        return !identity.isAnonymous() && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
    }

    private boolean csrfEchoed(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(csrfCookie);
        String echoed = request.getHeaderString(csrfHeader);
        return cookie != null && echoed != null && !cookie.getValue().isEmpty() && MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), echoed.strip().getBytes(StandardCharsets.UTF_8));
    }
}
