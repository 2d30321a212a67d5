package fr.vigie.request;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.app.AppClock;
import fr.vigie.app.Refusal;
import fr.vigie.request.document.DocumentStore;
import fr.vigie.request.document.RequestDocument;
import fr.vigie.request.procedure.ProcedureState;
import fr.vigie.request.procedure.StateResolver;
import fr.vigie.request.procedure.Timeline;

/** Reads a request, its timeline, its files, and its state with every explanation as of today (for display). */
@ApplicationScoped
public class RequestReader {

    private final AppClock clock;
    private final DocumentStore documents;

    RequestReader(AppClock clock, DocumentStore documents) {
        this.clock = clock;
        this.documents = documents;
    }

    /** The request with its body and owner loaded, or a refusal naming it as not found. */
    @Transactional
    public AccessRequest get(long id) {
        AccessRequest request = AccessRequest.findById(id);
        if (request == null) {
            throw Refusal.notFound("id");
        }
        request.body.name.length(); // pages show the body: load it while the session is open
        request.owner.username.length();
        return request;
    }

    /** The live timeline, oldest first, with who recorded each event and the bodies transfers name. */
    @Transactional
    public List<RequestEvent> timeline(AccessRequest request) {
        List<RequestEvent> events = RequestEvent.timelineOf(request);
        events.forEach(e -> {
            e.recordedBy.username.length();
            if (e.toBody != null) {
                e.toBody.name.length();
            }
        });
        return events;
    }

    /** The state as of today, with the engine's explanations (lists read the stored {@link AccessRequest#state}). */
    public ProcedureState stateOf(AccessRequest request, List<RequestEvent> timeline) {
        return StateResolver.resolve(request.procedureContext(), new Timeline(timeline.stream().map(RequestEvent::toFact).toList()),
                clock.today());
    }

    @Transactional
    public List<RequestDocument> documents(long requestId) {
        return documents.of(requestId);
    }
}
