package fr.vigie.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.account.AppUser;
import fr.vigie.account.Passwords;
import fr.vigie.app.AppClock;
import fr.vigie.app.Refusal;
import fr.vigie.publicbody.PublicBody;
import fr.vigie.request.procedure.DerivedState;
import fr.vigie.request.procedure.ProcedureState;

/** New requests, one or a batch, for the request writer that opened the transaction ({@link RequestService}). */
@ApplicationScoped
class RequestCreation {

    /** Requests a batch writes between two flushes: each chunk's bodies are read in one query. */
    static final int BATCH_CHUNK = 100;

    private final AppClock clock;
    private final RequestChecks checks;
    private final RequestStates states;

    RequestCreation(AppClock clock, RequestChecks checks, RequestStates states) {
        this.clock = clock;
        this.checks = checks;
        this.states = states;
    }

    /** A new request checked, folded and inserted with its derived state; the caller moves the data version. */
    RequestService.Saved insert(RequestForm form, AppUser owner) {
        AccessRequest request = new AccessRequest();
        checks.applyFields(form, request, owner.id);
        request.owner = owner;
        request.publicKey = Passwords.randomSecret(18);
        request.createdAt = clock.now();
        request.updatedAt = request.createdAt;
        ProcedureState state = RequestService.accepted(request, List.of(), null, clock.today());
        // IDENTITY ids insert at once: derive first, so that the row is inserted complete (and stays at version 0)
        request.state = DerivedState.of(state, List.of());
        request.persist();
        states.store(request, state, List.of(), List.of());
        return new RequestService.Saved(request, state);
    }

    /** See {@link RequestService#createAll}. */
    List<Long> createAll(List<RequestForm> forms, long ownerId) {
        List<Long> ids = new ArrayList<>(forms.size());
        for (int from = 0; from < forms.size(); from += BATCH_CHUNK) {
            List<RequestForm> chunk = forms.subList(from, Math.min(forms.size(), from + BATCH_CHUNK));
            // the chunk's bodies in one query: the checks then find each one in the session
            List<Long> bodyIds = chunk.stream().map(RequestForm::body).filter(Objects::nonNull).distinct().toList();
            if (!bodyIds.isEmpty()) {
                PublicBody.list("id in ?1", bodyIds);
            }
            AppUser owner = AppUser.findById(ownerId);
            for (int i = 0; i < chunk.size(); i++) {
                try {
                    ids.add(insert(chunk.get(i), owner).request().id);
                } catch (Refusal refused) {
                    throw new BatchRefusal(from + i, refused);
                }
            }
            AccessRequest.getEntityManager().flush();
            AccessRequest.getEntityManager().clear();
        }
        states.changed(ids);
        return ids;
    }
}
