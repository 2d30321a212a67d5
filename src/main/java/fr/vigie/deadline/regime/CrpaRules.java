package fr.vigie.deadline.regime;

import static fr.vigie.deadline.EventType.CADA_AVIS_RECEIVED;
import static fr.vigie.deadline.EventType.CADA_REGISTERED;
import static fr.vigie.deadline.EventType.EXPRESS_REFUSAL;
import static fr.vigie.deadline.EventType.FINAL_REFUSAL;
import static fr.vigie.deadline.EventType.REASONS_RECEIVED;
import static fr.vigie.deadline.EventType.REASONS_REQUESTED;
import static fr.vigie.deadline.EventType.REQUEST_RECEIVED;

import fr.vigie.deadline.AlsoPossible;
import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Text;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** France, access to administrative documents: CRPA, the CADA, the administrative court (LEGAL.md §1). */
final class CrpaRules {

    private static final String CPC_642 = "CPC 642 ; CE 13/05/2015 n° 368892";

    // Policy A: implicit decisions arise on their calendar date. Policy D: administration deadlines are plain.
    private static final DeadlineSpec IMPLICIT = new DeadlineSpec(DeadlineKey.IMPLICIT_REFUSAL,
            "CRPA R*311-12, R311-13", Period.months(1), EndRule.KEEP, null);
    private static final DeadlineSpec CADA_REFERRAL = new DeadlineSpec(DeadlineKey.CADA_REFERRAL_BY,
            "CRPA L342-1, R343-1", Period.months(2).franc(), EndRule.NEXT_WORKING_DAY, CPC_642);
    private static final DeadlineSpec CADA_AVIS = new DeadlineSpec(DeadlineKey.CADA_AVIS_DUE,
            "CRPA R343-3", Period.months(1), EndRule.KEEP, null);
    private static final DeadlineSpec CONFIRMED = new DeadlineSpec(DeadlineKey.CONFIRMED_REFUSAL,
            "CRPA R*343-4, R343-5", Period.months(2), EndRule.KEEP, null);
    private static final DeadlineSpec BODY_ANSWER = new DeadlineSpec(DeadlineKey.BODY_ANSWER_TO_AVIS_DUE,
            "CRPA R343-3", Period.months(1), EndRule.KEEP, null);
    private static final DeadlineSpec REASONS = new DeadlineSpec(DeadlineKey.REASONS_DUE,
            "CRPA L232-4", Period.months(1), EndRule.KEEP, null);
    private static final DeadlineSpec COURT = new DeadlineSpec(DeadlineKey.COURT_BY,
            "CJA R421-1, R421-2", Period.months(2).franc(), EndRule.NEXT_WORKING_DAY, CPC_642);
    // L232-4: the court period "est prorogé jusqu'à l'expiration de deux mois suivant le jour où les motifs
    // [...] auront été communiqués": counted like R421-1, franc and extended.
    private static final DeadlineSpec COURT_AFTER_REASONS = new DeadlineSpec(DeadlineKey.COURT_BY,
            "CRPA L232-4 ; CJA R421-1, R421-2", Period.months(2).franc(), EndRule.NEXT_WORKING_DAY, CPC_642);

    private static final Text IMPLICIT_LABEL = new Text("refus implicite (DIR)", "implicit refusal");
    private static final Text CONFIRMED_LABEL = new Text("refus implicite confirmé", "implicit confirmed refusal");

    private CrpaRules() {
    }

    /**
     * Each key once its trigger is known. The implicit refusal is given whenever the receipt is
     * known, even if an express answer came first: the caller knows the stage and may hide it.
     */
    static List<Deadline> deadlines(Procedure procedure) {
        List<Deadline> deadlines = new ArrayList<>(7);
        LocalDate received = procedure.dateOf(REQUEST_RECEIVED);
        LocalDate implicitRefusal = null;
        if (received != null) {
            Deadline implicit = DeadlineMaker.make(procedure, IMPLICIT, REQUEST_RECEIVED.label(), received);
            implicitRefusal = implicit.date();
            deadlines.add(implicit);
        }
        // R343-1: two months from the refusal, the express one when notified, else the DIR.
        LocalDate express = procedure.dateOf(EXPRESS_REFUSAL);
        if (express != null) {
            deadlines.add(requester(procedure, CADA_REFERRAL, EXPRESS_REFUSAL.label(), express));
        } else if (implicitRefusal != null) {
            deadlines.add(requester(procedure, CADA_REFERRAL, IMPLICIT_LABEL, implicitRefusal));
        }
        LocalDate registered = procedure.dateOf(CADA_REGISTERED);
        LocalDate confirmedRefusal = null;
        if (registered != null) {
            deadlines.add(DeadlineMaker.make(procedure, CADA_AVIS, CADA_REGISTERED.label(), registered));
            Deadline confirmed = DeadlineMaker.make(procedure, CONFIRMED, CADA_REGISTERED.label(), registered);
            confirmedRefusal = confirmed.date();
            deadlines.add(confirmed);
        }
        LocalDate avis = procedure.dateOf(CADA_AVIS_RECEIVED);
        if (avis != null) {
            deadlines.add(DeadlineMaker.make(procedure, BODY_ANSWER, CADA_AVIS_RECEIVED.label(), avis));
        }
        LocalDate reasonsRequested = procedure.dateOf(REASONS_REQUESTED);
        if (reasonsRequested != null) {
            deadlines.add(DeadlineMaker.make(procedure, REASONS, REASONS_REQUESTED.label(), reasonsRequested));
        }
        Deadline court = courtBy(procedure, confirmedRefusal);
        if (court != null) {
            deadlines.add(court);
        }
        return deadlines;
    }

    /**
     * R421-1/R421-2: two months from the refusal after the CADA, express if notified, else the
     * confirmed implicit one. L232-4 prolongs it only for an implicit refusal whose reasons were
     * asked within the court period (from the refusal to the court deadline) and then given;
     * reasons asked earlier or later do not prolong it (the earlier date is the safe one).
     */
    private static Deadline courtBy(Procedure procedure, LocalDate confirmedRefusal) {
        LocalDate finalRefusal = procedure.dateOf(FINAL_REFUSAL);
        if (finalRefusal != null) {
            return requester(procedure, COURT, FINAL_REFUSAL.label(), finalRefusal);
        }
        if (confirmedRefusal == null) {
            return null;
        }
        Deadline court = requester(procedure, COURT, CONFIRMED_LABEL, confirmedRefusal);
        LocalDate requested = procedure.dateOf(REASONS_REQUESTED);
        LocalDate given = procedure.dateOf(REASONS_RECEIVED);
        boolean prolonged = requested != null && given != null
                && !requested.isBefore(confirmedRefusal) && !requested.isAfter(court.date());
        return prolonged ? requester(procedure, COURT_AFTER_REASONS, REASONS_RECEIVED.label(), given) : court;
    }

    /**
     * A requester deadline; policy F: without a compliant acknowledgement (L112-3, R112-5) the
     * deadlines are not opposable (L112-6), yet the strict date stays the act-by date and the
     * one-year reasonable time (CE Ass. 13 July 2016 Czabaj n° 387763) is shown beside it.
     */
    private static Deadline requester(Procedure procedure, DeadlineSpec spec, Text triggerLabel, LocalDate trigger) {
        Deadline deadline = DeadlineMaker.make(procedure, spec, triggerLabel, trigger);
        if (!Boolean.FALSE.equals(procedure.acknowledged())) {
            return deadline;
        }
        LocalDate outerLimit = DeadlineMaker.dateAfter(procedure, Period.months(12), EndRule.KEEP, trigger);
        return deadline.withAlsoPossible(new AlsoPossible(outerLimit,
                "délais non opposables (L112-6) faute d'accusé de réception conforme : délai raisonnable d'un an à compter de la décision "
                        + "(CE Ass. 13/07/2016 Czabaj n° 387763 ; CE 11/03/2024 n° 488227)",
                "deadlines not enforceable (L112-6) without a compliant acknowledgement: reasonable time of one year from the decision "
                        + "(CE Ass. 13/07/2016 Czabaj no. 387763; CE 11/03/2024 no. 488227)"));
    }
}
