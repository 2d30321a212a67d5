package fr.vigie.request;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import fr.vigie.request.item.ItemContext;
import fr.vigie.request.procedure.Avis;
import fr.vigie.request.procedure.RequestEventType;

/** What the item writer checks a change against, read by the request writer from the request it holds locked. */
final class ItemContexts {

    private ItemContexts() {
    }

    /** The request's regime, live events, files and CADA avis. */
    static ItemContext of(AccessRequest request) {
        Map<Long, RequestEventType> live = new HashMap<>();
        Avis avis = null;
        boolean hasAvis = false;
        for (RequestEvent e : RequestEvent.timelineOf(request)) {
            live.put(e.id, e.type);
            if (e.type == RequestEventType.CADA_AVIS) {
                hasAvis = true;
                avis = e.avis;
            }
        }
        List<Long> files = AccessRequest.getEntityManager()
                .createQuery("select d.id from RequestDocument d where d.requestId = :id", Long.class)
                .setParameter("id", request.id).getResultList();
        return new ItemContext(request.id, request.regime, live, new HashSet<>(files), avis, hasAvis);
    }
}
