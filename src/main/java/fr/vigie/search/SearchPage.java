package fr.vigie.search;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;


import fr.vigie.account.CurrentUser;
import fr.vigie.deadline.Regime;
import fr.vigie.publicbody.BodyKind;
import fr.vigie.request.procedure.RequestStage;
import fr.vigie.search.query.SearchInput;
import fr.vigie.search.query.SearchResult;
import fr.vigie.search.source.EntryType;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FormErrors;
import fr.vigie.web.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The search page ({@code /search?q=}), where the header's box leads: open to everyone, a visitor who is not
 * logged in searching PUBLIC requests only. Without words nor filters it shows the form and how to search.
 */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    /** The form's values as typed, shown back as they were. */
    public record Form(String q, String type, String bodyId, String bodyKind, String departement, String regime,
            String stage, String tag, String owner, String campaignId, String from, String to, String sort) {
    }

    /** The lists the filters offer. */
    public record Choices(List<EntryType> types, List<BodyKind> kinds, List<Regime> regimes, List<RequestStage> stages,
            List<SearchInput.Sort> sorts) {
        static final Choices ALL = new Choices(List.of(EntryType.values()), List.of(BodyKind.values()),
                List.of(Regime.values()), List.of(RequestStage.values()), List.of(SearchInput.Sort.values()));
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Form form, SearchInput input, SearchResult result, Choices choices,
                FormErrors errors);
    }

    @Inject
    SearchService search;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @GET
    @PermitAll
    public Response page(@BeanParam SearchParams params) throws IOException {
        Form form = params.form();
        params.size = null; // the page shows 20 results a page
        try {
            SearchInput input = params.input(locale.msg(), locale.bundle(SearchMsg.class), false);
            SearchResult result = anything(input) ? search.search(input, currentUser.isLoggedIn()) : null;
            return Response.ok(Templates.search(form, input, result, Choices.ALL, FormErrors.NONE)).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(Templates.search(form, null, null, Choices.ALL,
                    new FormErrors(e.errors()))).build();
        }
    }

    /** Words, or at least one filter: otherwise there is nothing to look for yet. */
    private static boolean anything(SearchInput i) {
        return i.q() != null || i.type() != null || i.bodyId() != null || i.bodyKind() != null || i.departement() != null
                || i.regime() != null || i.stage() != null || i.tag() != null || i.owner() != null || i.campaignId() != null
                || i.from() != null
                || i.to() != null;
    }
}
