package fr.vigie.request.item.web;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.vigie.app.FormCode;
import fr.vigie.app.Refusal;
import fr.vigie.request.RequestReader;
import fr.vigie.request.RequestService;
import fr.vigie.request.item.ItemForm;
import fr.vigie.request.item.LetterItems;
import fr.vigie.request.item.OutcomeForm;
import fr.vigie.request.item.RequestItem;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.Page;
import io.quarkus.security.Authenticated;

/** The documents asked for in a request and what became of each, as JSON. Reads need a login, writes the EDITOR role. */
@Path("/api/v1/requests/{id}/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ItemResource {

    /** One item of the list; {@code id} to keep an item (and its outcome), none for a new one. */
    public record ItemBody(Long id, String label, String description) {
        ItemForm toForm() {
            return new ItemForm(id == null ? null : String.valueOf(id), label, description);
        }
    }

    /** The whole list, with the request's version as read. */
    public record ItemsBody(List<ItemBody> items, Long version) {
    }

    /** What became of one item; {@code ground} and {@code grounds} both name grounds (codes of GET /api/v1/grounds). */
    public record OutcomeBody(String outcome, String ground, List<String> grounds, Long eventId, List<Long> documentIds,
            String note, String avis, String afterAvis, Long version) {
        OutcomeForm toForm() {
            List<String> names = new java.util.ArrayList<>();
            if (ground != null) {
                names.add(ground);
            }
            if (grounds != null) {
                names.addAll(grounds);
            }
            return new OutcomeForm(outcome, names, eventId == null ? null : String.valueOf(eventId),
                    documentIds == null ? null : documentIds.stream().map(String::valueOf).toList(), note, avis, afterAvis);
        }
    }

    /** The list as written, with the request's new version. */
    public record ItemsJson(List<ItemJson> items, String itemsOutcome, long version) {
    }

    @Inject
    RequestService requests;

    @Inject
    RequestReader reader;

    @Inject
    CurrentLocale locale;

    @GET
    @Transactional
    @Operation(summary = "The documents asked for in the request, in the letter's order, with their outcome and grounds")
    public Page<ItemJson> list(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        FieldChecks checks = new FieldChecks(locale.msg());
        int p = (int) checks.positive("page", page, 1, 100_000);
        int s = (int) checks.positive("size", size, Page.MAX_SIZE, Page.MAX_SIZE);
        checks.throwIfAny();
        reader.get(id);
        List<RequestItem> all = RequestItem.of(id);
        int from = Math.min(all.size(), (p - 1) * s);
        return new Page<>(ItemJson.of(all.subList(from, Math.min(all.size(), from + s)), locale.get()), p, s, all.size());
    }

    @GET
    @Path("/proposed")
    @Transactional
    @Operation(summary = "Items proposed from the numbered lines of the request's letter (nothing is written)")
    public List<LetterItems.Proposal> proposed(@PathParam("id") long id) {
        return LetterItems.propose(reader.get(id).text);
    }

    @PUT
    @RolesAllowed("EDITOR")
    @Transactional
    @Operation(summary = "Replace the list of documents asked for (kept items by id keep their outcome); version required, "
            + "a stale one gives 409")
    public ItemsJson replace(@PathParam("id") long id, ItemsBody body) {
        if (body == null || body.items() == null) {
            throw Refusal.malformed(body == null ? "body" : "items", FormCode.REQUIRED);
        }
        if (body.version() == null) {
            throw Refusal.invalid("version", FormCode.VERSION_REQUIRED);
        }
        List<ItemForm> forms = body.items().stream()
                .map(i -> i == null ? new ItemForm(null, null, null) : i.toForm()).toList();
        List<RequestItem> items = requests.replaceItems(id, forms, body.version());
        return written(id, items);
    }

    @POST
    @Path("/{itemId}/outcome")
    @RolesAllowed("EDITOR")
    @Transactional
    @Operation(summary = "Record what became of one item (GIVEN, GIVEN_REDACTED, REFUSED with a ground of the request's regime, "
            + "NOT_HELD, ALREADY_PUBLIC, NOT_AN_ADMINISTRATIVE_DOCUMENT, TRANSFERRED, PENDING), tied to the event that decided it; "
            + "422 naming the field when it breaks a rule")
    public ItemJson decide(@PathParam("id") long id, @PathParam("itemId") long itemId, OutcomeBody body) {
        if (body == null) {
            throw Refusal.malformed("body", FormCode.REQUIRED);
        }
        return ItemJson.of(requests.decideItem(id, itemId, body.toForm(), body.version()), locale.get());
    }

    private ItemsJson written(long id, List<RequestItem> items) {
        var request = reader.get(id);
        return new ItemsJson(ItemJson.of(items, locale.get()),
                request.itemsOutcome == null ? null : request.itemsOutcome.name(), request.version);
    }
}
