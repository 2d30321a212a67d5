package fr.vigie.request.item.web;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.vigie.deadline.Regime;
import fr.vigie.request.item.LegalGround;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldChecks;

/** The legal grounds a refusal may give, per regime: the law, open to everyone. */
@Path("/api/v1/grounds")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class GroundResource {

    @Inject
    CurrentLocale locale;

    @GET
    @Operation(summary = "The legal grounds of one regime (FR_CRPA, FR_GDPR, US_FOIA, UK_FOIA, DE_IFG), or of all, "
            + "each with its article and a plain label")
    public List<ItemJson.GroundJson> list(@QueryParam("regime") String regime) {
        FieldChecks checks = new FieldChecks(locale.msg());
        Regime chosen = checks.oneOf("regime", regime, Regime.class, false);
        checks.throwIfAny();
        return (chosen == null ? Arrays.stream(LegalGround.values()) : LegalGround.of(chosen).stream())
                .map(g -> ItemJson.GroundJson.of(g, locale.get())).toList();
    }
}
