package fr.vigie.request.item;

import java.util.Map;
import java.util.Set;

import fr.vigie.deadline.Regime;
import fr.vigie.request.procedure.Avis;
import fr.vigie.request.procedure.RequestEventType;

/**
 * What the item writer needs to know of the request, given by the request writer that holds it locked: its
 * regime, its live events by id, its files, its CADA avis.
 *
 * @param avis the request's CADA avis; null when none was recorded
 */
public record ItemContext(long requestId, Regime regime, Map<Long, RequestEventType> liveEvents, Set<Long> documentIds,
        Avis avis, boolean hasAvis) {
}
