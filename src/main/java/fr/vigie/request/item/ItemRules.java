package fr.vigie.request.item;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.vigie.app.Violation;
import fr.vigie.deadline.Regime;
import fr.vigie.request.procedure.Avis;
import fr.vigie.request.procedure.Outcome;
import fr.vigie.request.procedure.RequestEventType;

/** The pure rules of items: what a decision on an item may say, and the request's outcome its items give. */
public final class ItemRules {

    /** Most items a request holds (the BriefCam letter asks for eight). */
    public static final int MAX_ITEMS = 60;

    /** Events after which the fate of a document is known: the body's answers and decisions, a transfer, a ruling. */
    public static final Set<RequestEventType> DECIDING = EnumSet.of(RequestEventType.ANSWER, RequestEventType.DOCUMENTS_RECEIVED,
            RequestEventType.TRANSFERRED, RequestEventType.DECISION_AFTER_AVIS, RequestEventType.RECOURS_GRACIEUX_REJECTED,
            RequestEventType.JUDGMENT, RequestEventType.JUDGMENT_NOTIFIED, RequestEventType.ICO_DECISION_NOTICE,
            RequestEventType.CNIL_DECISION);

    private static final Set<Avis> FAVOURABLE = EnumSet.of(Avis.FAVOURABLE, Avis.PARTLY_FAVOURABLE);

    private ItemRules() {
    }

    /**
     * What one decision on an item breaks, as violations naming the API's fields.
     *
     * @param eventType the type of the event named, or null when none is named
     * @param hasAvis   whether the request's timeline holds a CADA avis
     */
    public static List<Violation> check(ItemOutcome outcome, Collection<LegalGround> grounds, RequestEventType eventType,
            Regime regime, Avis avis, ItemOutcome afterAvis, boolean hasAvis) {
        List<Violation> violations = new ArrayList<>();
        if (outcome.decided() && eventType == null) {
            violations.add(Violation.of("eventId", ItemCode.EVENT_REQUIRED));
        } else if (eventType != null && !DECIDING.contains(eventType)) {
            violations.add(Violation.of("eventId", ItemCode.EVENT_DECIDES_NOTHING, eventType.name()));
        }
        if (outcome.needsGround() && grounds.isEmpty()) {
            violations.add(Violation.of("ground", ItemCode.GROUND_REQUIRED));
        } else if (!grounds.isEmpty() && !outcome.takesGround()) {
            violations.add(Violation.of("ground", ItemCode.GROUND_NOT_TAKEN, outcome.name()));
        }
        grounds.stream().filter(g -> g.regime() != regime).findFirst()
                .ifPresent(g -> violations.add(Violation.of("ground", ItemCode.GROUND_OTHER_REGIME, g.name(), regime.name())));
        if ((avis != null || afterAvis != null) && (regime != Regime.FR_CRPA || !hasAvis)) {
            violations.add(Violation.of(avis != null ? "avis" : "afterAvis", ItemCode.AVIS_WITHOUT_REFERRAL));
        }
        return violations;
    }

    /** What the item finally is: the body's decision after the CADA avis when there is one, else its first answer. */
    public static ItemOutcome effective(ItemOutcome outcome, ItemOutcome afterAvis) {
        return afterAvis != null ? afterAvis : outcome;
    }

    /**
     * The request's outcome its items give, so that lists and statistics agree with them: every item given, FULL;
     * some given (or given with redactions), PARTIAL; none given, NOT_HELD when the body holds none of those it
     * answered on, REFUSED otherwise; only transfers, OTHER. Null while no item is decided (or there is none).
     */
    public static Outcome derive(List<ItemOutcome> items) {
        List<ItemOutcome> decided = items.stream().filter(ItemOutcome::decided).toList();
        if (decided.isEmpty()) {
            return null;
        }
        if (decided.size() == items.size() && decided.stream().allMatch(ItemOutcome::given)) {
            return Outcome.FULL;
        }
        if (decided.stream().anyMatch(o -> o.given() || o == ItemOutcome.GIVEN_REDACTED)) {
            return Outcome.PARTIAL;
        }
        if (decided.stream().allMatch(o -> o == ItemOutcome.TRANSFERRED)) {
            return Outcome.OTHER;
        }
        if (decided.stream().allMatch(o -> o == ItemOutcome.NOT_HELD || o == ItemOutcome.TRANSFERRED)) {
            return Outcome.NOT_HELD;
        }
        return Outcome.REFUSED;
    }

    /**
     * "Avis favorable non suivi", per item: the CADA found for the requester on this item and the body did not give
     * it, by a decision on the item after the avis, or (without one) by the request's refusal after the avis.
     *
     * @param requestIgnored whether the request as a whole was refused after a favourable avis (decision or silence)
     */
    public static boolean favourableIgnored(Avis avis, ItemOutcome outcome, ItemOutcome afterAvis, boolean requestIgnored) {
        if (avis == null || !FAVOURABLE.contains(avis) || outcome.given()) {
            return false;
        }
        return afterAvis != null ? !afterAvis.given() : requestIgnored;
    }

    /** Whether the CADA disagreed with the body on this item (a favourable or partly favourable avis). */
    public static boolean cadaDisagreed(Avis avis) {
        return avis != null && FAVOURABLE.contains(avis);
    }

    /**
     * The CADA's avis on an item: its own when one was recorded for it, else the request's for an item the body did
     * not give (the referral is about what was refused); null for an item given or still pending.
     */
    public static Avis avisOn(Avis itemAvis, Avis requestAvis, ItemOutcome outcome) {
        if (itemAvis != null) {
            return itemAvis;
        }
        return outcome.decided() && !outcome.given() ? requestAvis : null;
    }
}
