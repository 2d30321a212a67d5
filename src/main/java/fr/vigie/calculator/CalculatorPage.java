package fr.vigie.calculator;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import fr.vigie.deadline.Regime;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldError;
import fr.vigie.web.FormErrors;
import fr.vigie.web.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The public deadline calculator: a GET form (bookmarkable, no CSRF token needed, no JavaScript)
 * and the resulting chain of deadlines as a timeline. Nothing is saved.
 */
@Path("/calculator")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CalculatorPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calculator(CalculatorForm form, List<Regime> regimes, List<String> residences,
                DeadlinePreview preview, FormErrors errors);
    }

    @Inject
    DeadlinePreviewer previewer;

    @Inject
    CurrentLocale locale;

    @GET
    public Response show(@Context UriInfo uri) {
        CalculatorForm form = CalculatorForm.from(uri.getQueryParameters(), locale.get());
        if (!form.submitted()) {
            return Response.ok(page(form, null, FormErrors.NONE)).build();
        }
        List<FieldError> errors = new ArrayList<>(form.pageErrors(locale.bundle(CalcMsg.class)));
        DeadlinePreview preview = null;
        try {
            preview = previewer.preview(form.toRequest());
        } catch (InvalidInputException e) {
            e.errors().stream().map(form::onForm).forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            return Response.status(422).entity(page(form, null, new FormErrors(errors))).build();
        }
        return Response.ok(page(form, preview, FormErrors.NONE)).build();
    }

    private static TemplateInstance page(CalculatorForm form, DeadlinePreview preview, FormErrors errors) {
        return Templates.calculator(form, List.of(Regime.values()), CalculatorForm.RESIDENCES, preview, errors);
    }
}
