package fr.vigie.request.web;

import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.vigie.app.Refusal;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.Visibility;
import io.quarkus.qute.TemplateInstance;

/** PUBLIC requests at their stable address, readable without login; any other key is simply not found. */
@Path("/p")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PublicRequestPage {

    private static final Pattern PUBLIC_KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    @Inject
    RequestViews views;

    @GET
    @Path("/{key}")
    @Transactional
    public TemplateInstance show(@PathParam("key") String key) {
        // keys are URL-safe Base64: anything else is not looked up (PostgreSQL refuses a NUL in a query)
        AccessRequest request = !PUBLIC_KEY.matcher(key).matches() ? null
                : AccessRequest.<AccessRequest>find("publicKey", key).firstResult();
        if (request == null || request.visibility != Visibility.PUBLIC) {
            throw Refusal.notFound("key");
        }
        return RequestPages.Templates.detail(views.of(request.id), true);
    }
}
