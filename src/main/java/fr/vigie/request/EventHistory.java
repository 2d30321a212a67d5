package fr.vigie.request;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.vigie.account.AppUser;
import fr.vigie.request.timeline.EventAudit;
import fr.vigie.request.timeline.RequestEvent;
import fr.vigie.app.AppClock;

/** The audit trail of corrected and deleted events: each change keeps the event before and after. */
@ApplicationScoped
class EventHistory {

    /** What an event said, as stored in the audit trail. */
    record Snapshot(String type, String date, String note, String channel, Boolean acknowledged, Long toBodyId,
            String outcome, String avis, String caseNumber) {
    }

    private final ObjectMapper json;
    private final AppClock clock;

    EventHistory(ObjectMapper json, AppClock clock) {
        this.json = json;
        this.clock = clock;
    }

    String snapshot(RequestEvent e) {
        Snapshot s = new Snapshot(name(e.type), String.valueOf(e.date), e.note, name(e.channel), e.acknowledged,
                e.toBody == null ? null : e.toBody.id, name(e.outcome), name(e.avis), e.caseNumber);
        try {
            return json.writeValueAsString(s);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("an event snapshot is always serialisable", ex);
        }
    }

    /** Copies what a correction may change onto the stored event. */
    void copy(RequestEvent from, RequestEvent to) {
        to.type = from.type;
        to.date = from.date;
        to.note = from.note;
        to.channel = from.channel;
        to.acknowledged = from.acknowledged;
        to.toBody = from.toBody;
        to.outcome = from.outcome;
        to.avis = from.avis;
        to.caseNumber = from.caseNumber;
    }

    void record(RequestEvent event, EventAudit.Action action, String before, String after, long actorId) {
        EventAudit audit = new EventAudit();
        audit.eventId = event.id;
        audit.requestId = event.request.id;
        audit.action = action;
        audit.actor = AppUser.findById(actorId);
        audit.actedAt = clock.now();
        audit.before = before;
        audit.after = after;
        audit.persist();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
