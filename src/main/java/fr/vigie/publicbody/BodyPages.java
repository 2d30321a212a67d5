package fr.vigie.publicbody;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import fr.vigie.web.ConflictException;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldError;
import fr.vigie.web.FormErrors;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The directory's pages: list and search, detail, create, edit, delete. */
@Path("/bodies")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class BodyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<PublicBody> result, BodySearch search, List<BodyKind> kinds,
                FormErrors errors);

        static native TemplateInstance detail(PublicBody body, List<PublicBody> children, boolean saved, String error);

        static native TemplateInstance form(Long id, Long version, BodyInput form, List<BodyKind> kinds, FormErrors errors);
    }

    @Inject
    PublicBodyService bodies;

    @Inject
    CurrentLocale locale;

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("kind") String kind,
            @QueryParam("departement") String departement, @QueryParam("page") String page) {
        try {
            BodySearch search = BodySearch.parse(locale.msg(), q, kind, departement, page, null);
            return Response.ok(Templates.list(bodies.search(search), search, kinds(), FormErrors.NONE)).build();
        } catch (InvalidInputException e) {
            BodySearch all = new BodySearch(null, null, null, 1, Page.DEFAULT_SIZE);
            return Response.status(e.status())
                    .entity(Templates.list(bodies.search(all), all, kinds(), new FormErrors(e.errors()))).build();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("saved") String saved) {
        return Templates.detail(bodies.get(id), bodies.children(id), saved != null, null);
    }

    @GET
    @Path("/new")
    @RolesAllowed("EDITOR")
    public TemplateInstance newForm() {
        return Templates.form(null, null, BodyInput.empty(), kinds(), FormErrors.NONE);
    }

    @POST
    @RolesAllowed("EDITOR")
    public Response create(@RestForm String name, @RestForm String shortName, @RestForm String kind,
            @RestForm String departement, @RestForm String postalAddress, @RestForm String email,
            @RestForm String prada, @RestForm String website, @RestForm String parentId, @RestForm String notes,
            @RestForm String addressChecked) {
        BodyInput input = new BodyInput(name, shortName, kind, departement, postalAddress, email, prada, website,
                parentId, notes, "on".equals(addressChecked) || "true".equals(addressChecked));
        try {
            PublicBody body = bodies.create(locale.msg(), input);
            return Response.seeOther(URI.create("/bodies/" + body.id + "?saved=1")).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(Templates.form(null, null, input, kinds(), new FormErrors(e.errors()))).build();
        }
    }

    @GET
    @Path("/{id}/edit")
    @RolesAllowed("EDITOR")
    public TemplateInstance editForm(@PathParam("id") long id) {
        PublicBody body = bodies.get(id);
        return Templates.form(body.id, body.version, BodyInput.of(body), kinds(), FormErrors.NONE);
    }

    @POST
    @Path("/{id}")
    @RolesAllowed("EDITOR")
    public Response update(@PathParam("id") long id, @RestForm String version, @RestForm String name,
            @RestForm String shortName, @RestForm String kind, @RestForm String departement,
            @RestForm String postalAddress, @RestForm String email, @RestForm String prada, @RestForm String website,
            @RestForm String parentId, @RestForm String notes, @RestForm String addressChecked) {
        BodyInput input = new BodyInput(name, shortName, kind, departement, postalAddress, email, prada, website,
                parentId, notes, "on".equals(addressChecked) || "true".equals(addressChecked));
        Long expected = parseVersion(version);
        try {
            bodies.update(locale.msg(), id, input, expected);
            return Response.seeOther(URI.create("/bodies/" + id + "?saved=1")).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(Templates.form(id, expected, input, kinds(), new FormErrors(e.errors()))).build();
        } catch (ConflictException e) {
            FormErrors errors = new FormErrors(List.of(new FieldError("version", e.getMessage())));
            return Response.status(409).entity(Templates.form(id, expected, input, kinds(), errors)).build();
        }
    }

    @POST
    @Path("/{id}/delete")
    @RolesAllowed("EDITOR")
    public Response delete(@PathParam("id") long id) {
        try {
            bodies.delete(locale.msg(), id);
            return Response.seeOther(URI.create("/bodies")).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(Templates.detail(bodies.get(id), bodies.children(id), false, e.getMessage())).build();
        }
    }

    private static Long parseVersion(String version) {
        try {
            return version == null || version.isBlank() ? null : Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return -1L; // a forged version can only be stale
        }
    }

    private static List<BodyKind> kinds() {
        return List.of(BodyKind.values());
    }
}
