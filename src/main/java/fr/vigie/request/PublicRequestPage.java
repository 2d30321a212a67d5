package fr.vigie.request;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.vigie.web.CurrentLocale;
import fr.vigie.web.NotFoundException;
import io.quarkus.qute.TemplateInstance;

/** PUBLIC requests at their stable address, readable without login; any other key is simply not found. */
@Path("/p")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PublicRequestPage {

    @Inject
    RequestViews views;

    @Inject
    CurrentLocale locale;

    @GET
    @Path("/{key}")
    @Transactional
    public TemplateInstance show(@PathParam("key") String key) {
        AccessRequest request = key.length() > 40 ? null
                : AccessRequest.<AccessRequest>find("publicKey", key).firstResult();
        if (request == null || request.visibility != Visibility.PUBLIC) {
            throw new NotFoundException(locale.msg().error_notfound_detail());
        }
        return RequestPages.Templates.detail(views.of(request), true);
    }
}
