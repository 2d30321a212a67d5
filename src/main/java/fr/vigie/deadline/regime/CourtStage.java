package fr.vigie.deadline.regime;

import static fr.vigie.deadline.EventType.FINAL_REFUSAL;
import static fr.vigie.deadline.EventType.LEGAL_AID_DECIDED;
import static fr.vigie.deadline.EventType.LEGAL_AID_REQUESTED;
import static fr.vigie.deadline.EventType.REASONS_RECEIVED;
import static fr.vigie.deadline.EventType.REASONS_REQUESTED;
import static fr.vigie.deadline.EventType.RECOURS_GRACIEUX_RECEIVED;
import static fr.vigie.deadline.EventType.RECOURS_GRACIEUX_REJECTED;

import fr.vigie.deadline.AlsoPossible;
import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Text;
import fr.vigie.deadline.WarningCode;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;

/**
 * France, the tribunal administratif after the CADA: two months from the refusal confirmed after the referral
 * (R421-1, R421-2), prolonged by the reasons of an implicit refusal (L232-4), lengthened by distance
 * (R421-7), interrupted by a recours gracieux (L411-2, rejected by two months of silence, L231-4) or an
 * application for legal aid (décret 2020-1717 art. 43), each within the period, a new period then running
 * from its end. When the deadlines are not enforceable, the one-year limit runs from the last decision.
 */
final class CourtStage {

    private static final String R421 = "CJA R421-1, R421-2";
    static final DeadlineSpec COURT = new DeadlineSpec(DeadlineKey.COURT_BY, R421, Period.months(2).franc(),
            EndRule.NEXT_WORKING_DAY, CrpaRules.CPC_642);
    // L232-4: the court period "est prorogé jusqu'à l'expiration de deux mois suivant le jour où les motifs
    // [...] auront été communiqués": counted like R421-1, franc and extended.
    private static final DeadlineSpec AFTER_REASONS = new DeadlineSpec(DeadlineKey.COURT_BY, "CRPA L232-4 ; " + R421,
            Period.months(2).franc(), EndRule.NEXT_WORKING_DAY, CrpaRules.CPC_642);
    private static final DeadlineSpec AFTER_GRACIEUX = new DeadlineSpec(DeadlineKey.COURT_BY, "CRPA L411-2, L231-4 ; " + R421,
            Period.months(2).franc(), EndRule.NEXT_WORKING_DAY, CrpaRules.CPC_642);
    // décret 2020-1717 art. 43: "un nouveau délai de même durée"
    private static final DeadlineSpec AFTER_LEGAL_AID = new DeadlineSpec(DeadlineKey.COURT_BY, "décret 2020-1717 art. 43 ; " + R421,
            Period.months(2).franc(), EndRule.NEXT_WORKING_DAY, CrpaRules.CPC_642);
    // L231-4 2°: two months of silence on a recours administratif is a rejection; policy A, its calendar date
    private static final DeadlineSpec GRACIEUX_SILENCE = new DeadlineSpec(DeadlineKey.RECOURS_GRACIEUX_IMPLICIT_REJECTION,
            "CRPA L411-2, L231-4", Period.months(2), EndRule.KEEP, null);
    /** Décret 2020-1717 art. 69 al. 1: fifteen days to contest the decision on legal aid. */
    private static final int LEGAL_AID_CONTEST_DAYS = 15;

    static final Text CONFIRMED_LABEL = new Text("refus implicite confirmé", "implicit confirmed refusal");
    private static final Text GRACIEUX_SILENCE_LABEL = new Text("rejet implicite du recours gracieux", "implicit rejection of the recours gracieux");

    /** What the stage adds to the chain; each null when absent. */
    record Result(Deadline gracieuxSilence, Deadline court, Deadline oneYear) {
    }

    /**
     * The period as it stands: the rule, what it runs from, the decision the one-year limit runs from,
     * whether it is enforceable (and why not), and whether an interruption is still pending (legal aid not decided).
     */
    private record Step(DeadlineSpec spec, Text label, LocalDate trigger, Text decisionLabel, LocalDate decision,
                        boolean enforceable, Text why, boolean pending) {
    }

    private CourtStage() {
    }

    /**
     * @param confirmed        the refusal confirmed by silence after the registration (R343-5), or null
     * @param acknowledgementOk false when a missing acknowledgement takes the deadlines away (L112-6)
     * @param reasonsCount     whether the request for reasons can prolong the period (an implicit refusal existed)
     * @return null when no decision after the CADA is known
     */
    static Result resolve(Procedure procedure, ChainBuilder out, LocalDate confirmed, boolean acknowledgementOk, boolean reasonsCount) {
        LocalDate finalRefusal = procedure.dateOf(FINAL_REFUSAL);
        LocalDate confirmedLastDay = confirmed == null ? null : lastDay(procedure, COURT, confirmed, confirmed, acknowledgementOk, true);
        Decisions.Decision base = Decisions.effective(out, confirmed, CONFIRMED_LABEL, confirmedLastDay, FINAL_REFUSAL, finalRefusal);
        if (base == null) {
            return null;
        }
        boolean remediesStated = base.isImplicit() || procedure.statesRemedies(FINAL_REFUSAL);
        Step step = new Step(COURT, base.label(), base.date(), base.label(), base.date(), acknowledgementOk && remediesStated,
                remediesStated ? OuterLimit.NO_ACKNOWLEDGEMENT : OuterLimit.REMEDIES_NOT_STATED, false);
        if (base.isImplicit() && reasonsCount) {
            step = reasons(procedure, step);
        }
        LocalDate earliestDecision = confirmed == null || finalRefusal != null && finalRefusal.isBefore(confirmed) ? finalRefusal : confirmed;
        Deadline gracieuxSilence = null;
        LocalDate gracieux = procedure.dateOf(RECOURS_GRACIEUX_RECEIVED);
        LocalDate legalAid = procedure.dateOf(LEGAL_AID_REQUESTED);
        if (legalAid != null && (gracieux == null || legalAid.isBefore(gracieux))) {
            step = legalAid(procedure, out, step, legalAid);
            legalAid = null;
        }
        if (gracieux != null && gracieux.isBefore(earliestDecision)) {
            out.warn(WarningCode.RECOURS_GRACIEUX_BEFORE_CADA, RECOURS_GRACIEUX_RECEIVED, gracieux, null);
        } else if (gracieux != null) {
            LocalDate last = step.pending() ? null : lastDay(procedure, step, false);
            if (last != null && gracieux.isAfter(last)) {
                out.warn(WarningCode.LATE_RECOURS_GRACIEUX, RECOURS_GRACIEUX_RECEIVED, gracieux, last);
            } else {
                gracieuxSilence = DeadlineMaker.make(procedure, GRACIEUX_SILENCE, RECOURS_GRACIEUX_RECEIVED.label(), gracieux);
                step = gracieux(procedure, out, step, gracieuxSilence.date(), acknowledgementOk);
            }
        }
        if (legalAid != null) {
            step = legalAid(procedure, out, step, legalAid);
        }
        if (step.pending()) {
            return new Result(gracieuxSilence, null, null);
        }
        Deadline court = Distance.make(procedure, step.spec(), Distance.Seat.BODY_TRIBUNAL, step.label(), step.trigger());
        if (step.spec() == AFTER_LEGAL_AID) {
            court = withContestedLegalAid(procedure, court, step.trigger());
        }
        Deadline oneYear = step.enforceable() ? null : OuterLimit.from(procedure, step.decisionLabel(), step.decision(), step.why());
        return new Result(gracieuxSilence, court, oneYear);
    }

    /**
     * L232-4: reasons asked within the court period (from the refusal to the court deadline) and then given
     * prolong it to two months after they are given; asked earlier or later they do not (the earlier date is
     * the safe one). The one-year limit still runs from the decision.
     */
    private static Step reasons(Procedure procedure, Step step) {
        LocalDate requested = procedure.dateOf(REASONS_REQUESTED);
        LocalDate given = procedure.dateOf(REASONS_RECEIVED);
        if (requested == null || given == null || requested.isBefore(step.trigger())) {
            return step;
        }
        LocalDate courtBy = Distance.make(procedure, COURT, Distance.Seat.BODY_TRIBUNAL, step.label(), step.trigger()).date();
        if (requested.isAfter(courtBy)) {
            return step;
        }
        return new Step(AFTER_REASONS, REASONS_RECEIVED.label(), given, step.decisionLabel(), step.decision(), step.enforceable(),
                step.why(), false);
    }

    /** L411-2: the new period runs from the rejection, express (if made in time: CJA R421-2) or implicit (L231-4). */
    private static Step gracieux(Procedure procedure, ChainBuilder out, Step step, LocalDate silence, boolean acknowledgementOk) {
        LocalDate rejected = procedure.dateOf(RECOURS_GRACIEUX_REJECTED);
        // the acknowledgement of the recours is not recorded: that of the request stands for it (CE 12/07/2023 n° 474865)
        LocalDate silenceLastDay = lastDay(procedure, AFTER_GRACIEUX, silence, silence, acknowledgementOk, true);
        Decisions.Decision rejection = Decisions.effective(out, silence, GRACIEUX_SILENCE_LABEL, silenceLastDay,
                RECOURS_GRACIEUX_REJECTED, rejected);
        boolean remediesStated = rejection.isImplicit() || procedure.statesRemedies(RECOURS_GRACIEUX_REJECTED);
        boolean enforceable = rejection.isImplicit() ? acknowledgementOk : remediesStated;
        Step next = new Step(AFTER_GRACIEUX, rejection.label(), rejection.date(), rejection.label(), rejection.date(), enforceable,
                remediesStated ? OuterLimit.NO_ACKNOWLEDGEMENT : OuterLimit.REMEDIES_NOT_STATED, step.pending());
        return rejection.date().isBefore(step.trigger()) ? step : next;
    }

    /** Décret 2020-1717 art. 43: legal aid asked within the period interrupts it; a new one runs from the decision. */
    private static Step legalAid(Procedure procedure, ChainBuilder out, Step step, LocalDate requested) {
        LocalDate last = step.pending() ? null : lastDay(procedure, step, true);
        if (last != null && requested.isAfter(last)) {
            out.warn(WarningCode.LATE_LEGAL_AID_REQUEST, LEGAL_AID_REQUESTED, requested, last);
            return step;
        }
        LocalDate decided = procedure.dateOf(LEGAL_AID_DECIDED);
        if (decided == null) {
            return new Step(step.spec(), step.label(), step.trigger(), step.decisionLabel(), step.decision(), step.enforceable(),
                    step.why(), true);
        }
        if (decided.isBefore(step.trigger())) {
            return step;
        }
        // "un nouveau délai de même durée": the one-year limit, when it is the period, restarts too (CE 12/07/2023 n° 474865)
        return new Step(AFTER_LEGAL_AID, LEGAL_AID_DECIDED.label(), decided, LEGAL_AID_DECIDED.label(), decided, step.enforceable(),
                step.why(), false);
    }

    /**
     * Art. 43 3°: the new period runs from the day the applicant can no longer contest the decision (fifteen
     * days, art. 69 al. 1), which only matters for a refusal or a partial grant: shown beside the act-by date.
     */
    private static Deadline withContestedLegalAid(Procedure procedure, Deadline court, LocalDate decided) {
        LocalDate contested = Distance.make(procedure, AFTER_LEGAL_AID, Distance.Seat.BODY_TRIBUNAL, LEGAL_AID_DECIDED.label(),
                decided.plusDays(LEGAL_AID_CONTEST_DAYS)).date();
        if (!contested.isAfter(court.date())) {
            return court;
        }
        return court.withAlsoPossible(new AlsoPossible(contested,
                "si l'aide a été refusée ou accordée en partie : le nouveau délai court de la fin des quinze jours pour contester "
                        + "la décision (décret 2020-1717 art. 43 3°, art. 69)",
                "if legal aid was refused or granted in part: the new period runs from the end of the fifteen days to contest the "
                        + "decision (décret 2020-1717 art. 43 3°, art. 69)"));
    }

    private static LocalDate lastDay(Procedure procedure, Step step, boolean withDistance) {
        return lastDay(procedure, step.spec(), step.trigger(), step.decision(), step.enforceable(), withDistance);
    }

    /**
     * The last day a step can still be taken against a decision: the later reading of the court period (with the
     * distance period, except for a recours gracieux, CE Sect. 5 January 2000 n° 170954), or the one-year limit.
     */
    private static LocalDate lastDay(Procedure procedure, DeadlineSpec spec, LocalDate trigger, LocalDate decision, boolean enforceable,
                                     boolean withDistance) {
        if (!enforceable) {
            return OuterLimit.dateFrom(procedure, decision);
        }
        DeadlineSpec period = withDistance ? Distance.lengthen(spec, procedure, Distance.Seat.BODY_TRIBUNAL) : spec;
        return DeadlineMaker.lastLegalDay(procedure, period, trigger);
    }
}
