package fr.vigie.account;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FormErrors;
import fr.vigie.web.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The user's own second factor (issue 18, item 7): turn it on (a secret shown as key and otpauth address, confirmed
 * by a first code; recovery codes shown once), renew the recovery codes, turn it off (password and code).
 */
@Path("/account/two-factor")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class TwoFactorPages {

    /** What the page shows: the state, a secret being enrolled, codes just made. */
    public record View(AppUser user, long recoveryLeft, String secret, String uri, List<String> recoveryCodes,
            boolean adminWithheld, FormErrors errors) {

        /** The otpauth address as a QR code (an SVG element), for the phone's camera. */
        public String qrCode() {
            return uri == null ? null : QrCode.svg(uri);
        }

        /** The key in groups of four, easier to type by hand (apps ignore the spaces). */
        public String groupedSecret() {
            return secret == null ? null : secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance twoFactor(View view);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @Inject
    TwoFactorService twoFactor;

    @GET
    public TemplateInstance show() {
        return page(null, List.of(), FormErrors.NONE);
    }

    @POST
    @Path("/start")
    public Response start() {
        return answer(() -> page(twoFactor.start(msg(), currentUser.id()), List.of(), FormErrors.NONE), null);
    }

    @POST
    @Path("/confirm")
    public Response confirm(@RestForm String code) {
        return answer(() -> page(null, twoFactor.confirm(msg(), currentUser.id(), code), FormErrors.NONE), pendingSecret());
    }

    @POST
    @Path("/recovery-codes")
    public Response renewRecoveryCodes(@RestForm String code) {
        return answer(() -> page(null, twoFactor.renewRecoveryCodes(msg(), currentUser.id(), code), FormErrors.NONE), null);
    }

    @POST
    @Path("/disable")
    public Response disable(@RestForm String password, @RestForm String code) {
        try {
            twoFactor.disable(msg(), currentUser.id(), password, code);
            return Response.seeOther(URI.create("/account/two-factor")).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(page(null, List.of(), new FormErrors(e.errors()))).build();
        }
    }

    private interface Page {
        TemplateInstance render();
    }

    /** The page (200), or the page with the errors and the secret being enrolled, if any. */
    private Response answer(Page page, String secretOnError) {
        try {
            return Response.ok(page.render()).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(page(secretOnError, List.of(), new FormErrors(e.errors()))).build();
        }
    }

    /** The secret of an enrolment not yet confirmed, shown again after a wrong code. */
    private String pendingSecret() {
        AppUser user = user();
        return user.totpEnabled ? null : user.totpSecret;
    }

    private TemplateInstance page(String secret, List<String> codes, FormErrors errors) {
        AppUser user = user();
        String uri = secret == null ? null : Totp.uri("Vigie", user.username, secret);
        return Templates.twoFactor(new View(user, twoFactor.recoveryCodesLeft(user.id), secret, uri, codes,
                currentUser.isAdminWithheld(), errors));
    }

    private AppUser user() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> AppUser.<AppUser>findById(currentUser.id()));
    }

    private TwoFactorMsg msg() {
        return locale.bundle(TwoFactorMsg.class);
    }
}
