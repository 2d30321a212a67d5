package fr.vigie.deadline.regime;

import static fr.vigie.deadline.EventType.ADVERSE_DETERMINATION;
import static fr.vigie.deadline.EventType.APPEAL_DECIDED;
import static fr.vigie.deadline.EventType.APPEAL_RECEIVED;
import static fr.vigie.deadline.EventType.REQUEST_RECEIVED;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Text;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;

/**
 * US FOIA, going to court. The requester is deemed to have exhausted the administrative remedies once the agency
 * misses a time limit (5 U.S.C. 552(a)(6)(C)(i), constructive exhaustion), until the agency responds (Oglesby v.
 * Dep't of the Army, 920 F.2d 57 (D.C. Cir. 1990)); after a timely adverse determination only the appeal exhausts
 * them, once decided or once its time limit is missed. The action must be filed within six years after the right
 * first accrued (28 U.S.C. 2401(a); Spannaus v. DOJ, 824 F.2d 52 (D.C. Cir. 1987): at the first constructive
 * exhaustion, even if the agency answers later), counted per Fed. R. Civ. P. 6(a).
 */
final class UsSuit {

    private static final String EXHAUSTION = "5 U.S.C. 552(a)(6)(C)(i)";
    private static final DeadlineSpec SIX_YEARS = new DeadlineSpec(DeadlineKey.SUIT_BY,
            "28 U.S.C. 2401(a) ; Spannaus v. DOJ, 824 F.2d 52 (D.C. Cir. 1987)", Period.months(72), EndRule.NEXT_WORKING_DAY,
            "Fed. R. Civ. P. 6(a)(1)(C)");
    private static final Text UNTIL_RESPONSE = new Text(
            "Tant que l'agence n'a pas répondu : une réponse avant l'action oblige à exercer d'abord le recours administratif "
                    + "(Oglesby v. Dep't of the Army, 920 F.2d 57 (D.C. Cir. 1990)).",
            "Until the agency responds: a response before the suit is filed means appealing first (Oglesby v. Dep't of the Army, "
                    + "920 F.2d 57 (D.C. Cir. 1990)).");
    private static final Text RESPONSE_LATE = new Text("dépassement du délai de réponse (épuisement présumé des recours)",
            "response time limit missed (constructive exhaustion)");
    private static final Text EXTENDED_LATE = new Text("dépassement du délai de réponse prolongé (épuisement présumé des recours)",
            "extended response time limit missed (constructive exhaustion)");
    private static final Text APPEAL_LATE = new Text("dépassement du délai de décision sur le recours (épuisement présumé)",
            "appeal time limit missed (constructive exhaustion)");
    private static final Text APPEAL_DENIED = new Text("décision sur le recours administratif (recours épuisés)",
            "determination of the appeal (remedies exhausted)");

    private UsSuit() {
    }

    /**
     * @param due            the response due date in force (the extended one when validly extended), or null
     * @param appealDecision the appeal's due date, or null
     */
    static void chain(Procedure procedure, ChainBuilder out, Deadline due, Deadline appealDecision) {
        LocalDate adverse = procedure.dateOf(ADVERSE_DETERMINATION);
        Deadline responseMissed = due != null && (adverse == null || adverse.isAfter(due.date())) ? missed(procedure, due) : null;
        LocalDate decided = procedure.dateOf(APPEAL_DECIDED);
        boolean decidedInTime = appealDecision != null && decided != null && !decided.isAfter(appealDecision.date());
        Deadline appealMissed = appealDecision != null && !decidedInTime ? missed(procedure, appealDecision) : null;
        // the current route: after a response, only the appeal; an appeal decided in time exhausts at once (no "from" date)
        Deadline suitFrom = appealDecision != null ? appealMissed : adverse == null ? responseMissed : null;
        out.add(suitFrom == responseMissed && suitFrom != null ? suitFrom.withNote(UNTIL_RESPONSE) : suitFrom);
        if (responseMissed != null) {
            Text missedLimit = due.key() == DeadlineKey.EXTENDED_RESPONSE_DUE ? EXTENDED_LATE : RESPONSE_LATE;
            out.add(DeadlineMaker.make(procedure, SIX_YEARS, missedLimit, responseMissed.date()));
        } else if (appealMissed != null) {
            out.add(DeadlineMaker.make(procedure, SIX_YEARS, APPEAL_LATE, appealMissed.date()));
        } else if (decidedInTime) {
            out.add(DeadlineMaker.make(procedure, SIX_YEARS, APPEAL_DENIED, decided));
        }
    }

    /** The day after a missed time limit: its working-day count again, then one day (DAY_AFTER). */
    private static Deadline missed(Procedure procedure, Deadline limit) {
        DeadlineSpec spec = new DeadlineSpec(DeadlineKey.SUIT_FROM, EXHAUSTION + " ; " + limit.basis(),
                limit.explanation().period().period(), EndRule.DAY_AFTER, null);
        Text label = limit.key() == DeadlineKey.APPEAL_DECISION_DUE ? APPEAL_RECEIVED.label()
                : limit.key() == DeadlineKey.EXTENDED_RESPONSE_DUE ? UsFoiaRules.FIRST_DUE_DATE : REQUEST_RECEIVED.label();
        return DeadlineMaker.make(procedure, spec, label, limit.explanation().trigger());
    }
}
