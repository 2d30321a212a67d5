package fr.vigie.deadline;

import static fr.vigie.deadline.EventType.ADVERSE_DETERMINATION;
import static fr.vigie.deadline.EventType.APPEAL_RECEIVED;
import static fr.vigie.deadline.EventType.CADA_AVIS_RECEIVED;
import static fr.vigie.deadline.EventType.CADA_REGISTERED;
import static fr.vigie.deadline.EventType.DECISION_NOTIFIED;
import static fr.vigie.deadline.EventType.EXPRESS_REFUSAL;
import static fr.vigie.deadline.EventType.EXTENSION_NOTIFIED;
import static fr.vigie.deadline.EventType.FINAL_REFUSAL;
import static fr.vigie.deadline.EventType.INTERNAL_REVIEW_REQUESTED;
import static fr.vigie.deadline.EventType.REASONS_RECEIVED;
import static fr.vigie.deadline.EventType.REASONS_REQUESTED;
import static fr.vigie.deadline.EventType.REQUEST_RECEIVED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of events a procedure imposes: which events an event can never come before. An
 * express refusal may come after the CADA referral (late answer to a DIR), so it is not ordered
 * against it.
 */
final class EventOrder {

    /** Direct constraints: the key event cannot come before any of the listed ones. */
    private static final Map<EventType, List<EventType>> DIRECT = Map.ofEntries(
            Map.entry(EXPRESS_REFUSAL, List.of(REQUEST_RECEIVED)),                  // L311-14: answers the request
            Map.entry(CADA_REGISTERED, List.of(REQUEST_RECEIVED)),                  // R343-1: follows a refusal of it
            Map.entry(CADA_AVIS_RECEIVED, List.of(CADA_REGISTERED)),                // R343-3
            Map.entry(FINAL_REFUSAL, List.of(CADA_REGISTERED, CADA_AVIS_RECEIVED)), // R343-3, R343-5: after the referral
            Map.entry(REASONS_REQUESTED, List.of(REQUEST_RECEIVED)),                // L232-4
            Map.entry(REASONS_RECEIVED, List.of(REASONS_REQUESTED)),                // L232-4
            Map.entry(EXTENSION_NOTIFIED, List.of(REQUEST_RECEIVED)),               // GDPR 12(3); 552(a)(6)(B)
            Map.entry(ADVERSE_DETERMINATION, List.of(REQUEST_RECEIVED)),            // 552(a)(6)(A)(i)
            Map.entry(APPEAL_RECEIVED, List.of(ADVERSE_DETERMINATION)),             // 552(a)(6)(A)(ii)
            Map.entry(INTERNAL_REVIEW_REQUESTED, List.of(REQUEST_RECEIVED)),        // FOIA 2000 s.45 code
            Map.entry(DECISION_NOTIFIED, List.of(REQUEST_RECEIVED)));               // IFG §7, §9

    private static final Map<EventType, Set<EventType>> TRANSITIVE = new EnumMap<>(EventType.class);

    static {
        for (EventType type : EventType.values()) {
            Set<EventType> earlier = EnumSet.noneOf(EventType.class);
            collect(type, earlier);
            TRANSITIVE.put(type, earlier);
        }
    }

    private EventOrder() {
    }

    /** Every event type that {@code type} cannot come before, directly or through the chain (FINAL_REFUSAL: also REQUEST_RECEIVED). */
    static Set<EventType> cannotPrecede(EventType type) {
        return TRANSITIVE.get(type);
    }

    private static void collect(EventType type, Set<EventType> earlier) {
        for (EventType direct : DIRECT.getOrDefault(type, List.of())) {
            if (earlier.add(direct)) {
                collect(direct, earlier);
            }
        }
    }
}
