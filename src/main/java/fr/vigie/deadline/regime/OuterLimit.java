package fr.vigie.deadline.regime;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Text;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;

/**
 * The one-year outer limit (CE Ass. 13 July 2016 Czabaj n° 387763; CE 11 March 2024 n° 488227) when the
 * French deadlines are not enforceable: it runs from the decision, or from the day the requester is shown to
 * have known of it, never from the communication of its reasons. Not a statutory period: its calendar date is
 * kept, the earliest reading (policy F).
 */
final class OuterLimit {

    static final String BASIS = "CE Ass. 13/07/2016 Czabaj n° 387763 ; CE 11/03/2024 n° 488227";
    private static final DeadlineSpec CZABAJ = new DeadlineSpec(DeadlineKey.ONE_YEAR_LIMIT, BASIS, Period.months(12), EndRule.KEEP, null);

    /** Why the deadlines are not enforceable: no compliant acknowledgement. */
    static final Text NO_ACKNOWLEDGEMENT = new Text(
            "Délais non opposables (L112-6) faute d'accusé de réception conforme (L112-3, R112-5) : les dates strictes restent les "
                    + "dates à retenir, cette limite d'un an est le terme au-delà duquel aucun recours n'est plus possible.",
            "Deadlines not enforceable (L112-6) without a compliant acknowledgement (L112-3, R112-5): the strict dates remain the "
                    + "dates to act by; this one-year limit is the end beyond which no remedy is possible any more.");
    /** Why the deadlines are not enforceable: the decision does not state the remedies. */
    static final Text REMEDIES_NOT_STATED = new Text(
            "Délais non opposables : la décision n'indique pas les voies et délais de recours (CJA R421-5 ; CRPA L311-14, L412-3) ; "
                    + "les dates strictes restent les dates à retenir, cette limite d'un an est le terme au-delà duquel aucun recours "
                    + "n'est plus possible.",
            "Deadlines not enforceable: the decision does not state the remedies and their time limits (CJA R421-5; CRPA L311-14, "
                    + "L412-3); the strict dates remain the dates to act by; this one-year limit is the end beyond which no remedy "
                    + "is possible any more.");
    private static final Text FROM_DECISION = new Text(
            "Un an à compter de la décision, ou du jour où il est établi que vous en avez eu connaissance s'il est postérieur ; "
                    + "jamais à compter de la communication des motifs.",
            "One year from the decision, or from the later day you are shown to have known of it; never from the communication "
                    + "of its reasons.");

    private OuterLimit() {
    }

    static Deadline from(Procedure procedure, Text decisionLabel, LocalDate decision, Text why) {
        return DeadlineMaker.make(procedure, CZABAJ, decisionLabel, decision).withNote(why).withNote(FROM_DECISION);
    }

    static LocalDate dateFrom(Procedure procedure, LocalDate decision) {
        return DeadlineMaker.dateAfter(procedure, CZABAJ.period(), CZABAJ.endRule(), decision);
    }
}
