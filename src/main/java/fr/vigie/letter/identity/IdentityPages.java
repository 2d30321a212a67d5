package fr.vigie.letter.identity;

import java.net.URI;
import java.util.List;

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

import fr.vigie.account.CurrentUser;
import fr.vigie.web.ConflictException;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldError;
import fr.vigie.web.FormErrors;
import fr.vigie.web.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The user's signing identities, under the account area: list, create, edit, delete, choose the default. */
@Path("/account/identities")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class IdentityPages {

    /** One identity in the list, its labels already in the page's language. */
    public record Row(long id, String label, String kind, String signature, boolean isDefault, String missing) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> rows, boolean saved);

        static native TemplateInstance form(Long id, Long version, IdentityInput form, FormErrors errors);
    }

    @Inject
    IdentityService identities;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @GET
    public TemplateInstance list(@QueryParam("saved") String saved) {
        IdentityMsg msg = locale.bundle(IdentityMsg.class);
        List<Row> rows = identities.list(currentUser.id()).stream().map(i -> new Row(i.id, i.label,
                IdentityLabels.kind(msg, i.kind), Signatures.name(i), i.isDefault,
                IdentityLabels.missing(msg, i.missing()))).toList();
        return Templates.list(rows, saved != null);
    }

    @GET
    @Path("/new")
    public TemplateInstance newForm() {
        return Templates.form(null, null, IdentityInput.empty(), FormErrors.NONE);
    }

    @POST
    public Response create(@RestForm String kind, @RestForm String label, @RestForm String civility,
            @RestForm String firstName, @RestForm String lastName, @RestForm String organisation,
            @RestForm String representedBy, @RestForm String representedAs, @RestForm String addressLines,
            @RestForm String postalCode, @RestForm String city, @RestForm String country, @RestForm String email,
            @RestForm String phone, @RestForm String isDefault) {
        IdentityInput form = new IdentityInput(kind, label, civility, firstName, lastName, organisation, representedBy,
                representedAs, addressLines, postalCode, city, country, email, phone, isDefault);
        try {
            identities.create(currentUser.id(), form);
            return Response.seeOther(URI.create("/account/identities?saved=1")).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(Templates.form(null, null, form, new FormErrors(e.errors()))).build();
        }
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        RequesterIdentity identity = identities.get(currentUser.id(), id);
        return Templates.form(identity.id, identity.version, IdentityInput.of(identity), FormErrors.NONE);
    }

    @POST
    @Path("/{id}")
    public Response update(@PathParam("id") long id, @RestForm String version, @RestForm String kind,
            @RestForm String label, @RestForm String civility, @RestForm String firstName, @RestForm String lastName,
            @RestForm String organisation, @RestForm String representedBy, @RestForm String representedAs,
            @RestForm String addressLines, @RestForm String postalCode, @RestForm String city,
            @RestForm String country, @RestForm String email, @RestForm String phone, @RestForm String isDefault) {
        IdentityInput form = new IdentityInput(kind, label, civility, firstName, lastName, organisation, representedBy,
                representedAs, addressLines, postalCode, city, country, email, phone, isDefault);
        Long expected = parseVersion(version);
        try {
            identities.update(currentUser.id(), id, form, expected);
            return Response.seeOther(URI.create("/account/identities?saved=1")).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(Templates.form(id, expected, form, new FormErrors(e.errors()))).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(Templates.form(id, expected, form,
                    new FormErrors(List.of(new FieldError("version", e.getMessage()))))).build();
        }
    }

    @POST
    @Path("/{id}/default")
    public Response makeDefault(@PathParam("id") long id) {
        identities.setDefault(currentUser.id(), id);
        return Response.seeOther(URI.create("/account/identities")).build();
    }

    @POST
    @Path("/{id}/delete")
    public Response delete(@PathParam("id") long id) {
        identities.delete(currentUser.id(), id);
        return Response.seeOther(URI.create("/account/identities")).build();
    }

    /** A version that is not a number cannot be the one the user read: it is stale. */
    private static Long parseVersion(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
