package fr.vigie.deadline.regime;

import static fr.vigie.deadline.EventType.EXTENSION_NOTIFIED;
import static fr.vigie.deadline.EventType.REQUEST_RECEIVED;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;
import java.util.List;

/** GDPR access request to a French controller (LEGAL.md §2): art. 15 and 12(3), periods per Reg. 1182/71 art. 3. */
final class GdprRules {

    private static final String REG_1182_71 = "règl. 1182/71 art. 3(4)";
    private static final DeadlineSpec RESPONSE = new DeadlineSpec(DeadlineKey.RESPONSE_DUE,
            "RGPD art. 12(3), 15 ; règl. 1182/71 art. 3(2)(c)", Period.months(1), EndRule.NEXT_WORKING_DAY, REG_1182_71);
    // Art. 12(3): "extended by two further months", i.e. three months from receipt.
    private static final DeadlineSpec EXTENDED = new DeadlineSpec(DeadlineKey.EXTENDED_RESPONSE_DUE,
            "RGPD art. 12(3) ; règl. 1182/71 art. 3(2)(c)", Period.months(3), EndRule.NEXT_WORKING_DAY, REG_1182_71);

    private GdprRules() {
    }

    static List<Deadline> deadlines(Procedure procedure) {
        LocalDate received = procedure.dateOf(REQUEST_RECEIVED);
        if (received == null) {
            return List.of();
        }
        Deadline response = DeadlineMaker.make(procedure, RESPONSE, REQUEST_RECEIVED.label(), received);
        LocalDate notified = procedure.dateOf(EXTENSION_NOTIFIED);
        if (notified == null) {
            return List.of(response);
        }
        return Extension.apply(response, notified, DeadlineMaker.make(procedure, EXTENDED, REQUEST_RECEIVED.label(), received));
    }
}
