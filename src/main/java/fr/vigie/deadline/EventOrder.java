package fr.vigie.deadline;

import static fr.vigie.deadline.EventType.*;

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
            Map.entry(TRANSFERRED, List.of(REQUEST_RECEIVED)),                      // L114-2: forwards a request received
            Map.entry(EXPRESS_REFUSAL, List.of(REQUEST_RECEIVED)),                  // L311-14: answers the request
            Map.entry(CADA_REFERRAL_SENT, List.of(REQUEST_RECEIVED)),               // R343-1: follows a refusal of it
            Map.entry(CADA_REGISTERED, List.of(REQUEST_RECEIVED, CADA_REFERRAL_SENT)), // R343-1, R343-3: registers what was sent
            Map.entry(CADA_AVIS_RECEIVED, List.of(CADA_REGISTERED)),                // R343-3
            Map.entry(FINAL_REFUSAL, List.of(CADA_REFERRAL_SENT, CADA_REGISTERED, CADA_AVIS_RECEIVED)), // R343-3, R343-5: after the referral
            Map.entry(REASONS_REQUESTED, List.of(REQUEST_RECEIVED)),                // L232-4
            Map.entry(REASONS_RECEIVED, List.of(REASONS_REQUESTED)),                // L232-4
            Map.entry(RECOURS_GRACIEUX_RECEIVED, List.of(REQUEST_RECEIVED)),        // L411-2: against a decision on it
            Map.entry(RECOURS_GRACIEUX_REJECTED, List.of(RECOURS_GRACIEUX_RECEIVED)), // L231-4
            Map.entry(LEGAL_AID_REQUESTED, List.of(REQUEST_RECEIVED)),              // décret 2020-1717 art. 43
            Map.entry(LEGAL_AID_DECIDED, List.of(LEGAL_AID_REQUESTED)),             // décret 2020-1717 art. 43
            Map.entry(JUDGMENT_NOTIFIED, List.of(REQUEST_RECEIVED, CADA_REFERRAL_SENT, CADA_REGISTERED)), // L342-1: court after CADA
            Map.entry(EXTENSION_NOTIFIED, List.of(REQUEST_RECEIVED)),               // GDPR 12(3); 552(a)(6)(B)
            Map.entry(CNIL_COMPLAINT_RECEIVED, List.of(REQUEST_RECEIVED)),          // GDPR art. 77: about the request
            Map.entry(CNIL_DECISION_NOTIFIED, List.of(CNIL_COMPLAINT_RECEIVED)),    // GDPR art. 78(2)
            Map.entry(ADVERSE_DETERMINATION, List.of(REQUEST_RECEIVED)),            // 552(a)(6)(A)(i)
            Map.entry(APPEAL_RECEIVED, List.of(ADVERSE_DETERMINATION)),             // 552(a)(6)(A)(ii)
            Map.entry(APPEAL_DECIDED, List.of(APPEAL_RECEIVED)),                    // 552(a)(6)(A)(ii)
            Map.entry(INTERNAL_REVIEW_REQUESTED, List.of(REQUEST_RECEIVED)),        // FOIA 2000 s.45 code
            Map.entry(INTERNAL_REVIEW_DECIDED, List.of(INTERNAL_REVIEW_REQUESTED)), // FOIA 2000 s.45 code
            Map.entry(ICO_DECISION_NOTICE, List.of(REQUEST_RECEIVED)),              // FOIA 2000 s.50
            Map.entry(DECISION_NOTIFIED, List.of(REQUEST_RECEIVED)),                // IFG §7, §9; FOIA 2000 s.1, s.17
            Map.entry(OBJECTION_FILED, List.of(DECISION_NOTIFIED)),                 // VwGO §68, §70: against the decision
            Map.entry(OBJECTION_DECIDED, List.of(OBJECTION_FILED)));                // VwGO §73

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
