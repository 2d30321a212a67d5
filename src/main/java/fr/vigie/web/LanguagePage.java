package fr.vigie.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** The language switch: remembers the choice in a cookie and goes back to the page the user was on. */
@Path("/lang")
@PermitAll
public class LanguagePage {

    @GET
    @Path("/{language}")
    public Response switchTo(@PathParam("language") String language, @QueryParam("back") String back) {
        if (!LocaleFilter.SUPPORTED.contains(language)) {
            throw new NotFoundException("unknown language");
        }
        NewCookie cookie = new NewCookie.Builder(LocaleFilter.COOKIE).value(language).path("/")
                .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(localPath(back))).cookie(cookie).build();
    }

    /** Only a path on this site: never an open redirect to another host. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        try {
            URI uri = URI.create(back);
            return uri.getHost() == null && uri.getScheme() == null ? back : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
