package fr.vigie.account;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FormErrors;
import fr.vigie.web.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Administrators create users, change their roles and disable accounts. */
@Path("/admin/users")
@RolesAllowed("ADMIN")
@Produces(MediaType.TEXT_HTML)
public class UserAdminPages {

    /** What the creation form shows again after an error (never the password). */
    public record NewUserForm(String username, String role) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<AppUser> users, List<Role> roles, NewUserForm form, boolean adminSecondFactor,
                FormErrors errors);
    }

    @Inject
    UserService users;

    @Inject
    CurrentLocale locale;

    @Inject
    AdminSecondFactor adminSecondFactor;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance list() {
        return page(new NewUserForm("", Role.VIEWER.name()), FormErrors.NONE);
    }

    @POST
    public Response create(@RestForm String username, @RestForm String password, @RestForm String role) {
        try {
            users.create(locale.msg(), locale.bundle(AccountMsg.class), username, password, role);
            return Response.seeOther(URI.create("/admin/users")).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(page(new NewUserForm(username, role), new FormErrors(e.errors()))).build();
        }
    }

    @POST
    @Path("/{id}/role")
    public Response changeRole(@PathParam("id") long id, @RestForm String role) {
        return afterChange(() -> users.changeRole(locale.msg(), id, role));
    }

    @POST
    @Path("/{id}/enabled")
    public Response setEnabled(@PathParam("id") long id, @RestForm String enabled) {
        return afterChange(() -> users.setEnabled(locale.msg(), id, "true".equals(enabled)));
    }

    /**
     * "Administrators must use a second factor" (issue 18, item 7). Only an administrator who has one may turn it
     * on, so that turning it on never takes the rights of the one who does it.
     */
    @POST
    @Path("/second-factor")
    public Response requireSecondFactor(@RestForm String required) {
        TwoFactorMsg msg = locale.bundle(TwoFactorMsg.class);
        return afterChange(() -> {
            if (!"true".equals(required) && !"false".equals(required)) {
                throw InvalidInputException.of("required", locale.msg().v_required());
            }
            if ("true".equals(required) && !users.get(currentUser.id()).totpEnabled) {
                throw InvalidInputException.of("required", msg.v_enrol_yourself_first());
            }
            adminSecondFactor.setRequired("true".equals(required));
        });
    }

    private Response afterChange(Runnable change) {
        try {
            change.run();
            return Response.seeOther(URI.create("/admin/users")).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(page(new NewUserForm("", Role.VIEWER.name()), new FormErrors(e.errors()))).build();
        }
    }

    private TemplateInstance page(NewUserForm form, FormErrors errors) {
        return Templates.users(users.listAll(), List.of(Role.values()), form, adminSecondFactor.required(), errors);
    }
}
