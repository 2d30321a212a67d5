package fr.vigie.request.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.app.FormCode;
import fr.vigie.app.Refusal;
import fr.vigie.app.Violation;
import fr.vigie.form.FormCheck;
import fr.vigie.form.FormValues;
import fr.vigie.request.procedure.Outcome;
import fr.vigie.request.procedure.RequestEventType;

/**
 * Writes a request's items. Called only by the request writer ({@code fr.vigie.request.RequestService}), inside its
 * transaction and with the request locked, which then stores the outcome the items give and moves the request's
 * version: a change of the items is a change of the request. Every problem is collected before anything is written.
 */
@ApplicationScoped
public class ItemWriter {

    private final FormCheck forms;

    public ItemWriter(FormCheck forms) {
        this.forms = forms;
    }

    /**
     * Makes the request's list the one given: items named by id keep their outcome and take the new label, items
     * without id are added PENDING, items left out are removed. The order given is the letter's order.
     */
    public List<RequestItem> replace(ItemContext request, List<ItemForm> list, Instant now) {
        if (list.size() > ItemRules.MAX_ITEMS) {
            throw Refusal.invalid("items", ItemCode.TOO_MANY_ITEMS, ItemRules.MAX_ITEMS);
        }
        Map<Long, RequestItem> existing = new HashMap<>();
        RequestItem.of(request.requestId()).forEach(i -> existing.put(i.id, i));
        List<Violation> violations = new ArrayList<>();
        Set<Long> named = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            ItemForm form = list.get(i);
            String prefix = "items[" + i + "].";
            forms.violations(form).forEach(v -> violations.add(new Violation(prefix + v.field(), v.code(), v.args())));
            Long id = form.itemId();
            if (id != null && !existing.containsKey(id)) {
                violations.add(Violation.of(prefix + "id", ItemCode.ITEM_MISSING));
            } else if (id != null && !named.add(id)) {
                violations.add(Violation.of(prefix + "id", ItemCode.DUPLICATE_ITEM));
            }
        }
        Refusal.throwIfAny(violations);
        existing.values().stream().filter(item -> !named.contains(item.id)).forEach(RequestItem::delete);
        List<RequestItem> kept = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ItemForm form = list.get(i);
            RequestItem item = form.itemId() == null ? newItem(request.requestId(), now) : existing.get(form.itemId());
            item.position = i;
            item.label = form.label();
            item.description = form.description();
            item.updatedAt = now;
            if (item.id == null) {
                item.persist();
            }
            kept.add(item);
        }
        return kept;
    }

    /** Records what became of one item, checked whole against the request (its regime, events, files, avis). */
    public RequestItem decide(ItemContext request, long itemId, OutcomeForm form, Instant now) {
        RequestItem item = RequestItem.findById(itemId);
        if (item == null || item.requestId != request.requestId()) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, List.of(Violation.of("itemId", ItemCode.ITEM_MISSING)));
        }
        List<Violation> violations = new ArrayList<>(forms.violations(form));
        Set<LegalGround> grounds = grounds(form.grounds(), request, violations);
        Set<Long> documents = documents(form.documentIds(), request, violations);
        Long eventId = form.event();
        RequestEventType eventType = eventId == null ? null : request.liveEvents().get(eventId);
        if (eventId != null && eventType == null) {
            violations.add(Violation.of("eventId", ItemCode.EVENT_NOT_OF_REQUEST));
        }
        if (violations.isEmpty()) {
            violations.addAll(ItemRules.check(form.outcomeValue(), grounds, eventType, request.regime(), form.avisValue(),
                    form.afterAvisValue(), request.hasAvis()));
        }
        Refusal.throwIfAny(violations);
        item.outcome = form.outcomeValue();
        item.eventId = item.outcome.decided() ? eventId : null;
        item.grounds.clear();
        item.grounds.addAll(grounds);
        item.documentIds.clear();
        item.documentIds.addAll(documents);
        item.note = form.note();
        item.avis = form.avisValue();
        item.afterAvis = form.afterAvisValue();
        item.updatedAt = now;
        return item;
    }

    /** Items decided by an event that is deleted are undecided again (their grounds go with the decision). */
    public void forgetEvent(long requestId, long eventId, Instant now) {
        RequestItem.<RequestItem>list("requestId = ?1 and eventId = ?2", requestId, eventId).forEach(item -> {
            item.outcome = ItemOutcome.PENDING;
            item.eventId = null;
            item.grounds.clear();
            item.updatedAt = now;
        });
    }

    /** The request's outcome its items give now (null without decided items). */
    public Outcome derived(long requestId) {
        return ItemRules.derive(RequestItem.of(requestId).stream().map(RequestItem::effective).toList());
    }

    private static Set<LegalGround> grounds(List<String> names, ItemContext request, List<Violation> violations) {
        Set<LegalGround> grounds = new LinkedHashSet<>();
        if (names.size() > OutcomeForm.MAX_LIST) {
            violations.add(Violation.of("ground", ItemCode.TOO_MANY_VALUES, OutcomeForm.MAX_LIST));
            return grounds;
        }
        for (String name : names) {
            LegalGround ground = FormValues.constant(LegalGround.class, name);
            if (ground == null) {
                violations.add(Violation.of("ground", FormCode.NOT_ONE_OF, LegalGround.of(request.regime()).stream()
                        .map(Enum::name).collect(Collectors.joining(", "))));
                return grounds;
            }
            grounds.add(ground);
        }
        return grounds;
    }

    private static Set<Long> documents(List<String> ids, ItemContext request, List<Violation> violations) {
        Set<Long> documents = new LinkedHashSet<>();
        if (ids.size() > OutcomeForm.MAX_LIST) {
            violations.add(Violation.of("documentIds", ItemCode.TOO_MANY_VALUES, OutcomeForm.MAX_LIST));
            return documents;
        }
        for (String id : ids) {
            Long value = FormValues.id(id);
            if (value == null || !request.documentIds().contains(value)) {
                violations.add(Violation.of("documentIds", ItemCode.DOCUMENT_NOT_OF_REQUEST));
                return documents;
            }
            documents.add(value);
        }
        return documents;
    }

    private static RequestItem newItem(long requestId, Instant now) {
        RequestItem item = new RequestItem();
        item.requestId = requestId;
        item.createdAt = now;
        return item;
    }
}
