package fr.vigie.request.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
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
import fr.vigie.app.Refusal;
import fr.vigie.deadline.Regime;
import fr.vigie.deadline.Residence;
import fr.vigie.form.FormValues;
import fr.vigie.publicbody.FrenchArticles;
import fr.vigie.publicbody.PublicBody;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.RequestForm;
import fr.vigie.request.RequestReader;
import fr.vigie.request.RequestService;
import fr.vigie.request.Visibility;
import fr.vigie.request.procedure.RequestStage;
import fr.vigie.request.procedure.SendingChannel;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FormErrors;
import fr.vigie.web.Page;
import fr.vigie.web.Violations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The request pages: the list, a request's page, a new request from a built-in letter, editing. */
@Path("/requests")
@RolesAllowed("EDITOR")
@Produces(MediaType.TEXT_HTML)
public class RequestPages {

    static final String BODY_PLACEHOLDER = "[organisme]";

    /** The page's form: a {@link RequestForm} with the tags typed as one comma-separated line. */
    public record Form(@RestForm String title, @RestForm String text, @RestForm String regime, @RestForm String bodyId,
            @RestForm String channel, @RestForm String visibility, @RestForm String tags, @RestForm String bodyReference,
            @RestForm String identityId, @RestForm String requesterResidence) {

        RequestForm toForm(AccessRequest current) {
            return new RequestForm(title, text, regime, bodyId, channel, visibility,
                    tags == null ? List.of() : Arrays.asList(tags.split(",")), bodyReference,
                    current == null ? null : current.cadaCaseNumber, current == null ? null : current.courtCaseNumber,
                    identityId, requesterResidence);
        }

        /** The same request for another body, to choose: "make a similar request". */
        static Form similarTo(AccessRequest r) {
            // the name as French letters write it ("la Commune de X") first, then as it is (English letters)
            String text = r.text.replace(FrenchArticles.the(r.body.name), BODY_PLACEHOLDER).replace(r.body.name, BODY_PLACEHOLDER);
            return new Form(r.title, text, r.regime.name(), "", r.channel.name(), r.visibility.name(),
                    String.join(", ", r.tagList()), "", r.identityId == null ? "" : r.identityId.toString(),
                    r.requesterResidence == null ? "" : r.requesterResidence.name());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<AccessRequest> result, RequestSearch search, List<RequestStage> stages,
                List<Regime> regimes, List<RequestSearch.Sort> sorts, FormErrors errors);

        static native TemplateInstance detail(RequestView view, boolean readOnly);

        static native TemplateInstance form(Long id, Long version, Form form, List<PublicBody> bodies,
                List<RequestTemplate> letters, List<Regime> regimes, List<SendingChannel> channels, List<String> residences,
                FormErrors errors);
    }

    @Inject
    RequestService requests;

    @Inject
    RequestReader reader;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale locale;

    @Inject
    Engine qute;

    @Inject
    RequestViews views;

    @Inject
    Violations violations;

    @GET
    @Authenticated
    @Transactional
    public Response list(@QueryParam("q") String q, @QueryParam("stage") String stage, @QueryParam("bodyId") String bodyId,
            @QueryParam("regime") String regime, @QueryParam("owner") String owner, @QueryParam("tag") String tag,
            @QueryParam("sort") String sort, @QueryParam("page") String page) {
        try {
            RequestSearch search = RequestSearch.parse(locale.msg(), q, stage, bodyId, regime, owner, tag, sort, page, null);
            return Response.ok(Templates.list(search.run(), search, stages(), regimes(), sorts(), FormErrors.NONE)).build();
        } catch (fr.vigie.web.InvalidInputException e) {
            RequestSearch all = RequestSearch.parse(locale.msg(), null, null, null, null, null, null, null, null, null);
            return Response.status(e.status()).entity(Templates.list(all.run(), all, stages(), regimes(), sorts(),
                    new FormErrors(e.errors()))).build();
        }
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Transactional
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.detail(views.of(id), false);
    }

    @GET
    @Path("/new")
    @Transactional
    public TemplateInstance newForm(@QueryParam("template") String template, @QueryParam("bodyId") String bodyId,
            @QueryParam("similarTo") String similarTo) {
        Long model = FormValues.id(similarTo == null ? null : similarTo.strip());
        if (model != null) {
            return page(null, null, Form.similarTo(reader.get(model)), FormErrors.NONE);
        }
        RequestTemplate letter = Arrays.stream(RequestTemplate.values()).filter(t -> t.name().equals(template))
                .findFirst().orElse(RequestTemplate.CADA_BRIEFCAM);
        Long chosen = FormValues.id(bodyId == null ? null : bodyId.strip());
        PublicBody body = chosen == null ? null : PublicBody.findById(chosen);
        String text = qute.getTemplate(letter.location())
                .data("bodyName", body == null ? BODY_PLACEHOLDER : body.name)
                .data("body", body == null ? BODY_PLACEHOLDER : FrenchArticles.the(body.name)).render();
        Form form = new Form(letter.title(), text, letter.regime().name(), body == null ? "" : String.valueOf(body.id),
                SendingChannel.EMAIL.name(), Visibility.PRIVATE.name(), "briefcam", "", "", "");
        return page(null, null, form, FormErrors.NONE);
    }

    /** Not transactional itself: a refused request must not leave this method's transaction marked for rollback. */
    @POST
    public Response create(@BeanParam Form form) {
        try {
            AccessRequest created = requests.create(withBodyName(form), currentUser.id()).request();
            return Response.seeOther(URI.create("/requests/" + created.id)).build();
        } catch (Refusal e) {
            return Response.status(e.kind().status()).entity(page(null, null, form, violations.of(e))).build();
        }
    }

    @GET
    @Path("/{id}/edit")
    @Transactional
    public TemplateInstance editForm(@PathParam("id") long id) {
        AccessRequest r = reader.get(id);
        Form form = new Form(r.title, r.text, r.regime.name(), String.valueOf(r.body.id), r.channel.name(),
                r.visibility.name(), String.join(", ", r.tagList()), r.bodyReference,
                r.identityId == null ? "" : r.identityId.toString(),
                r.requesterResidence == null ? "" : r.requesterResidence.name());
        return page(r.id, r.version, form, FormErrors.NONE);
    }

    @POST
    @Path("/{id}")
    public Response update(@PathParam("id") long id, @RestForm String version, @BeanParam Form form) {
        long expected = Versions.required(version);
        try {
            requests.update(id, form.toForm(reader.get(id)), expected);
            return Response.seeOther(URI.create("/requests/" + id)).build();
        } catch (Refusal e) {
            if (e.kind() == Refusal.Kind.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.kind().status()).entity(page(id, expected, form, violations.of(e))).build();
        }
    }

    /**
     * A letter started before the body was chosen names it once it is: "[organisme]" becomes the body's name with
     * its article ("détenus par [organisme]": "détenus par la Commune de X").
     */
    private static RequestForm withBodyName(Form form) {
        RequestForm input = form.toForm(null);
        Long id = input.body();
        PublicBody body = id == null || input.text() == null || !input.text().contains(BODY_PLACEHOLDER) ? null
                : PublicBody.findById(id);
        if (body == null) {
            return input;
        }
        return new RequestForm(input.title(), input.text().replace(BODY_PLACEHOLDER, FrenchArticles.the(body.name)), input.regime(),
                input.bodyId(), input.channel(), input.visibility(), input.tags(), input.bodyReference(),
                input.cadaCaseNumber(), input.courtCaseNumber(), input.identityId(), input.requesterResidence());
    }

    private TemplateInstance page(Long id, Long version, Form form, FormErrors errors) {
        return Templates.form(id, version, form, PublicBody.list("order by name"), List.of(RequestTemplate.values()),
                List.of(Regime.values()), List.of(SendingChannel.values()),
                Arrays.stream(Residence.values()).map(Residence::name).toList(), errors);
    }

    static List<RequestStage> stages() {
        return List.of(RequestStage.values());
    }

    static List<RequestSearch.Sort> sorts() {
        return List.of(RequestSearch.Sort.values());
    }

    static List<Regime> regimes() {
        return List.of(Regime.values());
    }
}
