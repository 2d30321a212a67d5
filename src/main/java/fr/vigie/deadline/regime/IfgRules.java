package fr.vigie.deadline.regime;

import static fr.vigie.deadline.EventType.DECISION_NOTIFIED;
import static fr.vigie.deadline.EventType.OBJECTION_DECIDED;
import static fr.vigie.deadline.EventType.OBJECTION_FILED;
import static fr.vigie.deadline.EventType.REQUEST_RECEIVED;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.EventType;
import fr.vigie.deadline.Text;
import fr.vigie.deadline.WarningCode;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;

/**
 * Germany, Informationsfreiheitsgesetz (LEGAL.md §3). Months per BGB §187(1) (the event day is
 * not counted) and §188(2)-(3) (same day number, else the month's last day); a last day on a Saturday, Sunday
 * or holiday where the authority sits moves to the next working day (BGB §193, ZPO §222(2)).
 */
final class IfgRules {

    private static final String MONTHS = "BGB §§187(1), 188(2)-(3)";
    private static final DeadlineSpec RESPONSE = new DeadlineSpec(DeadlineKey.RESPONSE_DUE,
            "IFG §7(5) ; " + MONTHS, Period.months(1), EndRule.NEXT_WORKING_DAY, "BGB §193");
    // IFG §9(4): Widerspruch, even against a supreme federal authority. VwGO §70(2) and §57(2) refer to ZPO §222,
    // whose (2) is the weekend and holiday rule.
    private static final DeadlineSpec OBJECTION = new DeadlineSpec(DeadlineKey.OBJECTION_BY,
            "VwGO §§70, 57(2) ; ZPO §222(1) ; " + MONTHS, Period.months(1), EndRule.NEXT_WORKING_DAY, "ZPO §222(2)");
    // VwGO §75: no suit "vor Ablauf von drei Monaten" after the application (or the objection), so admissible from the
    // day after the three months. §193 BGB / §222(2) ZPO do not apply: they protect whoever must act by a last day,
    // and moving this date later would only delay the requester.
    private static final DeadlineSpec INACTION = new DeadlineSpec(DeadlineKey.INACTION_SUIT_FROM,
            "VwGO §75 ; " + MONTHS, Period.months(3), EndRule.DAY_AFTER, null);
    // VwGO §74(1)-(2): the Verpflichtungsklage within one month of the Widerspruchsbescheid
    private static final DeadlineSpec SUIT = new DeadlineSpec(DeadlineKey.COURT_BY,
            "VwGO §74(1), (2), §57(2) ; ZPO §222(1) ; " + MONTHS, Period.months(1), EndRule.NEXT_WORKING_DAY, "ZPO §222(2)");
    // VwGO §58(2): without a (correct) Rechtsbehelfsbelehrung, one year from notification; a Frist like the others
    private static final DeadlineSpec ONE_YEAR = new DeadlineSpec(DeadlineKey.ONE_YEAR_LIMIT,
            "VwGO §58(2), §57(2) ; ZPO §222(1) ; " + MONTHS, Period.months(12), EndRule.NEXT_WORKING_DAY, "ZPO §222(2)");

    private static final Text NO_NOTICE = new Text(
            "Sans indication des voies de recours (Rechtsbehelfsbelehrung), le délai d'un mois ne court pas (VwGO §58(1)) : "
                    + "recours possible pendant un an (§58(2)) ; agir de préférence avant la date stricte.",
            "Without notice of the remedies (Rechtsbehelfsbelehrung) the one-month period does not run (VwGO §58(1)): a remedy "
                    + "is admissible for one year (§58(2)); better act by the strict date.");

    private IfgRules() {
    }

    static void chain(Procedure procedure, ChainBuilder out) {
        LocalDate received = procedure.dateOf(REQUEST_RECEIVED);
        LocalDate objection = procedure.dateOf(OBJECTION_FILED);
        if (received != null) {
            out.add(DeadlineMaker.make(procedure, RESPONSE, REQUEST_RECEIVED.label(), received));
            if (objection == null) {
                out.add(DeadlineMaker.make(procedure, INACTION, REQUEST_RECEIVED.label(), received));
            }
        }
        Deadline oneYear = null;
        LocalDate notified = procedure.dateOf(DECISION_NOTIFIED);
        if (notified != null) {
            out.add(DeadlineMaker.make(procedure, OBJECTION, DECISION_NOTIFIED.label(), notified));
            oneYear = withoutNotice(procedure, DECISION_NOTIFIED, notified);
            LocalDate lastDay = oneYear != null ? oneYear.date() : DeadlineMaker.lastLegalDay(procedure, OBJECTION, notified);
            if (objection != null && objection.isAfter(lastDay)) {
                out.warn(WarningCode.LATE_OBJECTION, OBJECTION_FILED, objection, lastDay);
            }
            // the objection made, its one-year limit no longer matters
            oneYear = objection == null ? oneYear : null;
        }
        if (objection != null) {
            out.add(DeadlineMaker.make(procedure, INACTION, OBJECTION_FILED.label(), objection));
        }
        LocalDate decided = procedure.dateOf(OBJECTION_DECIDED);
        if (decided != null) {
            out.add(DeadlineMaker.make(procedure, SUIT, OBJECTION_DECIDED.label(), decided));
            oneYear = withoutNotice(procedure, OBJECTION_DECIDED, decided);
        }
        out.add(oneYear);
    }

    /** VwGO §58(2): the one-year limit of a decision notified without notice of the remedies, else null. */
    private static Deadline withoutNotice(Procedure procedure, EventType decision, LocalDate notified) {
        if (procedure.statesRemedies(decision)) {
            return null;
        }
        return DeadlineMaker.make(procedure, ONE_YEAR, decision.label(), notified).withNote(NO_NOTICE);
    }
}
