package fr.vigie.request;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.vigie.account.AppUser;
import fr.vigie.app.AppClock;

/** The audit trail of corrected and deleted events: each change keeps the event before and after, as its form. */
@ApplicationScoped
class EventHistory {

    private final ObjectMapper json;
    private final AppClock clock;

    EventHistory(ObjectMapper json, AppClock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** What the event says now, as JSON text. */
    String snapshot(RequestEvent e) {
        try {
            return json.writeValueAsString(EventForm.of(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("an event form is always serialisable", ex);
        }
    }

    void record(RequestEvent event, EventAudit.Action action, String before, String after, AppUser actor) {
        EventAudit audit = new EventAudit();
        audit.eventId = event.id;
        audit.requestId = event.request.id;
        audit.action = action;
        audit.actor = actor;
        audit.actedAt = clock.now();
        audit.before = before;
        audit.after = after;
        audit.persist();
    }
}
