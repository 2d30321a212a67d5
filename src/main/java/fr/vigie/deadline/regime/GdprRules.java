package fr.vigie.deadline.regime;

import static fr.vigie.deadline.EventType.EXTENSION_NOTIFIED;
import static fr.vigie.deadline.EventType.REQUEST_RECEIVED;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;

/**
 * GDPR access request to a French controller (LEGAL.md §2): art. 15 and 12(3), periods per Reg. 1182/71 art. 3;
 * then the CNIL ({@link CnilRules}).
 */
final class GdprRules {

    static final String REG_1182_71 = "règl. 1182/71 art. 3(4)";
    private static final DeadlineSpec RESPONSE = new DeadlineSpec(DeadlineKey.RESPONSE_DUE,
            "RGPD art. 12(3), 15 ; règl. 1182/71 art. 3(2)(c)", Period.months(1), EndRule.NEXT_WORKING_DAY, REG_1182_71);
    // Art. 12(3): "extended by two further months", i.e. three months from receipt.
    private static final DeadlineSpec EXTENDED = new DeadlineSpec(DeadlineKey.EXTENDED_RESPONSE_DUE,
            "RGPD art. 12(3) ; règl. 1182/71 art. 3(2)(c)", Period.months(3), EndRule.NEXT_WORKING_DAY, REG_1182_71);

    private GdprRules() {
    }

    static void chain(Procedure procedure, ChainBuilder out) {
        LocalDate received = procedure.dateOf(REQUEST_RECEIVED);
        if (received != null) {
            Deadline response = DeadlineMaker.make(procedure, RESPONSE, REQUEST_RECEIVED.label(), received);
            LocalDate notified = procedure.dateOf(EXTENSION_NOTIFIED);
            if (notified == null) {
                out.add(response);
            } else {
                Extension.apply(out, response, notified, DeadlineMaker.make(procedure, EXTENDED, REQUEST_RECEIVED.label(), received));
            }
        }
        CnilRules.chain(procedure, out);
    }
}
