package fr.vigie.deadline.regime;

import static fr.vigie.deadline.EventType.DECISION_NOTIFIED;
import static fr.vigie.deadline.EventType.REQUEST_RECEIVED;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Germany, Informationsfreiheitsgesetz (LEGAL.md §3). Months per BGB §187(1) (the event day is
 * not counted) and §188(2)-(3) (same day number, else the month's last day).
 */
final class IfgRules {

    private static final DeadlineSpec RESPONSE = new DeadlineSpec(DeadlineKey.RESPONSE_DUE,
            "IFG §7(5) ; BGB §§187(1), 188(2)-(3)", Period.months(1), EndRule.NEXT_WORKING_DAY, "BGB §193");
    // VwGO §70(2) and §57(2) refer to ZPO §222, whose (2) is the weekend and holiday rule.
    private static final DeadlineSpec OBJECTION = new DeadlineSpec(DeadlineKey.OBJECTION_BY,
            "VwGO §§70, 57(2) ; ZPO §222(1) ; BGB §§187(1), 188(2)-(3)", Period.months(1), EndRule.NEXT_WORKING_DAY, "ZPO §222(2)");
    // VwGO §75: no suit "vor Ablauf von drei Monaten" after the application, so admissible from the day after
    // the three months. §193 BGB / §222(2) ZPO do not apply: they protect whoever must act by a last day,
    // and moving this date later would only delay the requester.
    private static final DeadlineSpec INACTION = new DeadlineSpec(DeadlineKey.INACTION_SUIT_FROM,
            "VwGO §75 ; BGB §§187(1), 188(2)-(3)", Period.months(3), EndRule.DAY_AFTER, null);

    private IfgRules() {
    }

    static List<Deadline> deadlines(Procedure procedure) {
        List<Deadline> deadlines = new ArrayList<>(3);
        LocalDate received = procedure.dateOf(REQUEST_RECEIVED);
        if (received != null) {
            deadlines.add(DeadlineMaker.make(procedure, RESPONSE, REQUEST_RECEIVED.label(), received));
            deadlines.add(DeadlineMaker.make(procedure, INACTION, REQUEST_RECEIVED.label(), received));
        }
        LocalDate notified = procedure.dateOf(DECISION_NOTIFIED);
        if (notified != null) {
            deadlines.add(DeadlineMaker.make(procedure, OBJECTION, DECISION_NOTIFIED.label(), notified));
        }
        return deadlines;
    }
}
