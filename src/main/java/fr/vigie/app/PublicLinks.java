package fr.vigie.app;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Links to Vigie's own pages, absolute when the public address is configured (VIGIE_PUBLIC_URL) and relative
 * otherwise: never built from the request's Host header, which the client chooses (issue 18, item 13).
 */
@ApplicationScoped
public class PublicLinks {

    private final Optional<String> base;

    @jakarta.inject.Inject
    public PublicLinks(VigieConfig config) {
        this(config.publicUrl());
    }

    PublicLinks(Optional<URI> publicUrl) {
        this.base = publicUrl.map(u -> u.toString().replaceAll("/+$", ""));
    }

    /** For tests and tools: links under the given address, or relative when it is null. */
    public static PublicLinks of(URI publicUrl) {
        return new PublicLinks(Optional.ofNullable(publicUrl));
    }

    /** {@code path} (starting with /) under the public address, or {@code path} itself when none is configured. */
    public String to(String path) {
        return base.map(b -> b + path).orElse(path);
    }

    /**
     * A redirect's target as Vigie sends it: only the path, query and fragment of whatever was built (from the Host
     * header, by the framework), under the public address. Vigie never redirects to another site.
     */
    public String redirect(String location) {
        URI uri;
        try {
            uri = URI.create(location.strip());
        } catch (IllegalArgumentException e) {
            return to("/");
        }
        if (uri.getScheme() == null && uri.getRawAuthority() == null && !location.startsWith("/")) {
            return location; // relative to the current page: stays on this site
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return to(onSite(path) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
    }

    /** One leading slash: browsers read "//host" and "/\host" as another site. */
    private static String onSite(String path) {
        return "/" + path.replaceFirst("^[/\\\\]+", "");
    }
}
