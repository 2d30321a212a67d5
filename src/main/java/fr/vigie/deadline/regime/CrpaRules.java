package fr.vigie.deadline.regime;

import static fr.vigie.deadline.EventType.CADA_AVIS_RECEIVED;
import static fr.vigie.deadline.EventType.CADA_REGISTERED;
import static fr.vigie.deadline.EventType.EXPRESS_REFUSAL;
import static fr.vigie.deadline.EventType.FINAL_REFUSAL;
import static fr.vigie.deadline.EventType.REASONS_REQUESTED;
import static fr.vigie.deadline.EventType.RECOURS_GRACIEUX_RECEIVED;
import static fr.vigie.deadline.EventType.REQUEST_RECEIVED;
import static fr.vigie.deadline.EventType.TRANSFERRED;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Text;
import fr.vigie.deadline.WarningCode;
import fr.vigie.deadline.period.DateText;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;
import java.util.Locale;

/**
 * France, access to administrative documents: CRPA, the CADA, the administrative court (LEGAL.md §1), in the
 * order of the procedure. The referral ({@link CadaReferral}) and the court ({@link CourtStage}) have their
 * own classes; the judgment's, {@link AfterJudgment}.
 */
final class CrpaRules {

    static final String CPC_642 = "CPC 642 ; CE 13/05/2015 n° 368892";

    // Policy A: implicit decisions arise on their calendar date. Policy D: administration deadlines are plain.
    private static final DeadlineSpec IMPLICIT = new DeadlineSpec(DeadlineKey.IMPLICIT_REFUSAL,
            "CRPA R*311-12, R311-13", Period.months(1), EndRule.KEEP, null);
    private static final DeadlineSpec CADA_AVIS = new DeadlineSpec(DeadlineKey.CADA_AVIS_DUE,
            "CRPA R343-3", Period.months(1), EndRule.KEEP, null);
    private static final DeadlineSpec CONFIRMED = new DeadlineSpec(DeadlineKey.CONFIRMED_REFUSAL,
            "CRPA R*343-4, R343-5", Period.months(2), EndRule.KEEP, null);
    private static final DeadlineSpec BODY_ANSWER = new DeadlineSpec(DeadlineKey.BODY_ANSWER_TO_AVIS_DUE,
            "CRPA R343-3", Period.months(1), EndRule.KEEP, null);
    private static final DeadlineSpec REASONS = new DeadlineSpec(DeadlineKey.REASONS_DUE,
            "CRPA L232-4", Period.months(1), EndRule.KEEP, null);

    static final Text IMPLICIT_LABEL = new Text("refus implicite (DIR)", "implicit refusal");

    private CrpaRules() {
    }

    /**
     * Each key once its trigger is known. The implicit refusal is given whenever the receipt is
     * known, even if an express answer came first: the caller knows the stage and may hide it.
     */
    static void chain(Procedure procedure, ChainBuilder out) {
        LocalDate dir = null;
        LocalDate received = procedure.dateOf(REQUEST_RECEIVED);
        if (received != null) {
            Deadline implicit = DeadlineMaker.make(procedure, IMPLICIT, REQUEST_RECEIVED.label(), received);
            LocalDate transferred = procedure.dateOf(TRANSFERRED);
            out.add(transferred == null ? implicit : implicit.withNote(transferNote(transferred)));
            dir = implicit.date();
        }
        CadaReferral.Result referral = CadaReferral.resolve(procedure, dir, out);
        out.add(referral.referralBy());
        LocalDate confirmed = null;
        CourtStage.Result court = null;
        boolean reasonsCount = false;
        if (referral.made().counts()) {
            Deadline confirmedRefusal = cadaStage(procedure, out);
            confirmed = confirmedRefusal == null ? null : confirmedRefusal.date();
            reasonsCount = reasons(procedure, out, dir, confirmed);
            // L112-6 al. 2: an express refusal notified by the implicit refusal's day saves the deadlines
            boolean acknowledgementOk = !procedure.withoutAcknowledgement() || referral.expressBeforeDir();
            court = CourtStage.resolve(procedure, out, confirmed, acknowledgementOk, reasonsCount);
        } else {
            reasons(procedure, out, dir, null);
        }
        if (court == null) {
            // a referral still to be made: the one-year limit of the refusal; made, it no longer matters
            out.add(referral.made() == CadaReferral.Made.VALID ? null : referral.oneYear());
            LocalDate gracieux = procedure.dateOf(RECOURS_GRACIEUX_RECEIVED);
            if (gracieux != null) {
                out.warn(WarningCode.RECOURS_GRACIEUX_BEFORE_CADA, RECOURS_GRACIEUX_RECEIVED, gracieux, null);
            }
        } else {
            out.add(court.gracieuxSilence()).add(court.court()).add(court.oneYear());
        }
        AfterJudgment.chain(procedure, out);
    }

    /** The CADA's avis (R343-3), the refusal confirmed by silence (R343-5), the body's answer to the avis. */
    private static Deadline cadaStage(Procedure procedure, ChainBuilder out) {
        Deadline confirmed = null;
        LocalDate registered = procedure.dateOf(CADA_REGISTERED);
        if (registered != null) {
            out.add(DeadlineMaker.make(procedure, CADA_AVIS, CADA_REGISTERED.label(), registered));
            confirmed = DeadlineMaker.make(procedure, CONFIRMED, CADA_REGISTERED.label(), registered);
            out.add(confirmed);
        }
        LocalDate avis = procedure.dateOf(CADA_AVIS_RECEIVED);
        if (avis != null) {
            out.add(DeadlineMaker.make(procedure, BODY_ANSWER, CADA_AVIS_RECEIVED.label(), avis));
        }
        return confirmed;
    }

    /**
     * L232-4: the reasons of an implicit refusal are due within a month of their request. Asked while no
     * implicit refusal existed (before it arose, or once an express decision replaced it), the request has no
     * effect: a warning, and no REASONS_DUE. With no refusal date known, nothing shows that: it counts.
     *
     * @return whether the request counts
     */
    private static boolean reasons(Procedure procedure, ChainBuilder out, LocalDate dir, LocalDate confirmed) {
        LocalDate requested = procedure.dateOf(REASONS_REQUESTED);
        if (requested == null) {
            return false;
        }
        LocalDate express = procedure.dateOf(EXPRESS_REFUSAL);
        LocalDate finalRefusal = procedure.dateOf(FINAL_REFUSAL);
        boolean dirStands = dir != null && !requested.isBefore(dir) && (express == null || express.isAfter(requested));
        boolean confirmedStands = confirmed != null && !requested.isBefore(confirmed)
                && (finalRefusal == null || finalRefusal.isAfter(requested));
        if ((dir != null || confirmed != null) && !dirStands && !confirmedStands) {
            out.warn(WarningCode.REASONS_REQUEST_WITHOUT_IMPLICIT_REFUSAL, REASONS_REQUESTED, requested, dir);
            return false;
        }
        out.add(DeadlineMaker.make(procedure, REASONS, REASONS_REQUESTED.label(), requested));
        return true;
    }

    /** L114-2, L114-3 al. 1: the forwarded request keeps the period that started at the body first seized. */
    private static Text transferNote(LocalDate transferred) {
        return new Text("Demande transmise à l'administration compétente, qui l'a reçue le " + DateText.format(transferred, Locale.FRENCH)
                + " : le refus implicite court toujours de la réception par l'administration initialement saisie (CRPA L114-2, "
                + "L114-3 al. 1).", "Request forwarded to the competent body, which received it on "
                + DateText.format(transferred, Locale.ENGLISH) + ": the implicit refusal still runs from receipt by the body first "
                + "seized (CRPA L114-2, L114-3 para. 1).");
    }
}
