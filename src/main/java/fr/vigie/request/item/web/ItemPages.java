package fr.vigie.request.item.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import fr.vigie.app.Refusal;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.RequestEvent;
import fr.vigie.request.RequestReader;
import fr.vigie.request.RequestService;
import fr.vigie.request.document.RequestDocument;
import fr.vigie.request.item.ItemForm;
import fr.vigie.request.item.ItemOutcome;
import fr.vigie.request.item.ItemRules;
import fr.vigie.request.item.LegalGround;
import fr.vigie.request.item.LetterItems;
import fr.vigie.request.item.OutcomeForm;
import fr.vigie.request.item.RequestItem;
import fr.vigie.request.procedure.Avis;
import fr.vigie.web.FieldError;
import fr.vigie.web.FormErrors;
import fr.vigie.web.Violations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Pages of a request's items: its list of documents asked for (proposed from its letter), and the fate of each. */
@Path("/requests/{id}/items")
@RolesAllowed("EDITOR")
@Produces(MediaType.TEXT_HTML)
public class ItemPages {

    /** Empty rows offered below the list, for documents to add. */
    static final int BLANK_ROWS = 3;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance items(AccessRequest request, List<Row> rows, boolean proposed, FormErrors errors);

        static native TemplateInstance outcome(AccessRequest request, RequestItem item, OutcomeForm form,
                List<ItemOutcome> outcomes, List<LegalGround> grounds, List<RequestEvent> events,
                List<RequestDocument> documents, List<Avis> avis, FormErrors errors);
    }

    /**
     * One row of the list form with its errors (the writer names them items[i].label...). The first row with an error
     * of a field takes the field's plain id (f-label...), where the error summary's link for that field leads.
     */
    public record Row(int index, ItemForm form, String labelError, String descriptionError, String idError, String labelId,
            String descriptionId, String idErrorId) {
        static List<Row> of(List<ItemForm> forms, FormErrors errors) {
            List<Row> rows = new ArrayList<>();
            boolean labelTaken = false;
            boolean descriptionTaken = false;
            boolean idTaken = false;
            for (int i = 0; i < forms.size(); i++) {
                String prefix = "items[" + i + "].";
                String label = errors.get(prefix + "label");
                boolean firstId = !idTaken && !errors.get(prefix + "id").isEmpty();
                idTaken |= firstId;
                String description = errors.get(prefix + "description");
                boolean firstLabel = !labelTaken && !label.isEmpty();
                boolean firstDescription = !descriptionTaken && !description.isEmpty();
                labelTaken |= firstLabel;
                descriptionTaken |= firstDescription;
                rows.add(new Row(i, forms.get(i), errors.get(prefix + "label"), description, errors.get(prefix + "id"),
                        firstLabel ? "f-label" : "f-label-" + i, firstDescription ? "f-description" : "f-description-" + i,
                        firstId ? "f-itemId-error" : "f-itemId-" + i + "-error"));
            }
            return rows;
        }
    }

    /** The errors as the page's fields are named: items[2].label is the label of the third row ("Document 3 : ..."). */
    static FormErrors pageErrors(FormErrors errors, java.util.Map<String, String> renamed) {
        List<FieldError> list = new ArrayList<>();
        for (FieldError e : errors.list()) {
            java.util.regex.Matcher row = java.util.regex.Pattern.compile("items\\[(\\d+)]\\.(\\w+)").matcher(e.field());
            if (row.matches()) {
                String field = row.group(2).equals("id") ? "itemId" : row.group(2);
                list.add(new FieldError(field, (Integer.parseInt(row.group(1)) + 1) + " : " + e.message()));
            } else {
                list.add(new FieldError(renamed.getOrDefault(e.field(), e.field()), e.message()));
            }
        }
        return new FormErrors(list);
    }

    @Inject
    RequestService requests;

    @Inject
    RequestReader reader;

    @Inject
    Violations violations;

    @GET
    @Path("/edit")
    @Transactional
    public TemplateInstance edit(@PathParam("id") long id) {
        AccessRequest request = reader.get(id);
        List<RequestItem> items = RequestItem.of(id);
        List<ItemForm> rows = new ArrayList<>();
        boolean proposed = items.isEmpty();
        if (proposed) {
            LetterItems.propose(request.text).forEach(p -> rows.add(new ItemForm(null, p.label(), p.description())));
        } else {
            items.forEach(i -> rows.add(new ItemForm(String.valueOf(i.id), i.label, i.description)));
        }
        return Templates.items(request, Row.of(withBlankRows(rows), FormErrors.NONE), proposed && !rows.isEmpty(), FormErrors.NONE);
    }

    /** Rows with an empty label are left out: that is how a row is removed. Not transactional (see EventPages). */
    @POST
    public Response save(@PathParam("id") long id, @RestForm String version, @RestForm("itemId") List<String> ids,
            @RestForm("label") List<String> labels, @RestForm("description") List<String> descriptions) {
        List<ItemForm> rows = new ArrayList<>();
        for (int i = 0; labels != null && i < labels.size(); i++) {
            ItemForm row = new ItemForm(at(ids, i), labels.get(i), at(descriptions, i));
            if (row.label() != null) {
                rows.add(row);
            }
        }
        try {
            requests.replaceItems(id, rows, versionOf(version));
            return Response.seeOther(URI.create("/requests/" + id + "#items")).build();
        } catch (Refusal e) {
            if (e.kind() == Refusal.Kind.NOT_FOUND && "id".equals(e.violations().get(0).field())) {
                throw e;
            }
            return Response.status(e.kind().status()).entity(errorPage(id, withBlankRows(rows), violations.of(e))).build();
        }
    }

    @GET
    @Path("/{itemId}/outcome")
    @Transactional
    public TemplateInstance outcomeForm(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        RequestItem item = item(id, itemId);
        OutcomeForm form = new OutcomeForm(item.outcome.name(), item.groundList().stream().map(Enum::name).toList(),
                item.eventId == null ? null : String.valueOf(item.eventId),
                item.documentIds.stream().map(String::valueOf).toList(), item.note, item.avis == null ? null : item.avis.name(),
                item.afterAvis == null ? null : item.afterAvis.name());
        return outcomePage(id, item, form, FormErrors.NONE);
    }

    @POST
    @Path("/{itemId}/outcome")
    public Response decide(@PathParam("id") long id, @PathParam("itemId") long itemId, @RestForm String version,
            @RestForm String outcome, @RestForm("grounds") List<String> grounds, @RestForm String eventId,
            @RestForm("documentIds") List<String> documentIds, @RestForm String note, @RestForm String avis,
            @RestForm String afterAvis) {
        OutcomeForm form = new OutcomeForm(outcome, grounds, eventId, documentIds, note, avis, afterAvis);
        try {
            requests.decideItem(id, itemId, form, versionOf(version));
            return Response.seeOther(URI.create("/requests/" + id + "#item-" + itemId)).build();
        } catch (Refusal e) {
            if (e.kind() == Refusal.Kind.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.kind().status()).entity(outcomePage(id, item(id, itemId), form, violations.of(e))).build();
        }
    }

    @Transactional
    TemplateInstance errorPage(long id, List<ItemForm> rows, FormErrors errors) {
        return Templates.items(reader.get(id), Row.of(rows, errors), false, pageErrors(errors, java.util.Map.of()));
    }

    @Transactional
    TemplateInstance outcomePage(long id, RequestItem item, OutcomeForm form, FormErrors errors) {
        AccessRequest request = reader.get(id);
        List<RequestEvent> deciding = reader.timeline(request).stream().filter(e -> ItemRules.DECIDING.contains(e.type)).toList();
        return Templates.outcome(request, item, form, Arrays.asList(ItemOutcome.values()), LegalGround.of(request.regime),
                deciding, reader.documents(id), Arrays.asList(Avis.values()), pageErrors(errors, java.util.Map.of("ground", "grounds")));
    }

    /** The item of this request, or 404. */
    @Transactional
    RequestItem item(long id, long itemId) {
        RequestItem item = RequestItem.findById(itemId);
        if (item == null || item.requestId != id) {
            reader.get(id);
            throw Refusal.notFound("itemId");
        }
        return item;
    }

    /** The version the form was read at; a page always sends one, a missing or broken one is taken as stale. */
    private static long versionOf(String version) {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : null;
    }

    private static List<ItemForm> withBlankRows(List<ItemForm> rows) {
        List<ItemForm> all = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add(new ItemForm(null, null, null));
        }
        return all;
    }
}
