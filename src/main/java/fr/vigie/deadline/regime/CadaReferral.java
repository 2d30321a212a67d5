package fr.vigie.deadline.regime;

import static fr.vigie.deadline.EventType.CADA_REFERRAL_SENT;
import static fr.vigie.deadline.EventType.CADA_REGISTERED;
import static fr.vigie.deadline.EventType.EXPRESS_REFUSAL;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Text;
import fr.vigie.deadline.WarningCode;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;

/**
 * The mandatory referral to the CADA (L342-1) within two months of the refusal (R343-1), and whether the
 * referral made counts: made before any refusal existed it is premature, sent after the period it is late;
 * either way the CADA declares it inadmissible and the chain ignores it. An express refusal after the
 * referral leaves it standing; one after the period against the implicit refusal merely confirms it.
 */
final class CadaReferral {

    static final DeadlineSpec SPEC = new DeadlineSpec(DeadlineKey.CADA_REFERRAL_BY,
            "CRPA L342-1, R343-1", Period.months(2).franc(), EndRule.NEXT_WORKING_DAY, CrpaRules.CPC_642);

    /** What is known of the referral made. */
    enum Made {
        /** No referral recorded. */
        NONE,
        /** Recorded, and it counts (or nothing shows it does not). */
        VALID,
        PREMATURE,
        LATE;

        /** Whether what follows a referral (registration, avis, court) can follow this one. */
        boolean counts() {
            return this == NONE || this == VALID;
        }
    }

    /**
     * @param referralBy    CADA_REFERRAL_BY, or null when no refusal is known
     * @param oneYear       ONE_YEAR_LIMIT from the refusal, when its deadlines are not enforceable
     * @param made          the referral made
     * @param expressBeforeDir an express refusal was notified by the day the implicit one would arise (L112-6 al. 2):
     *                      a missing acknowledgement then takes away no deadline
     */
    record Result(Deadline referralBy, Deadline oneYear, Made made, boolean expressBeforeDir) {
    }

    private CadaReferral() {
    }

    static Result resolve(Procedure procedure, LocalDate dir, ChainBuilder out) {
        LocalDate express = procedure.dateOf(EXPRESS_REFUSAL);
        LocalDate sent = procedure.dateOf(CADA_REFERRAL_SENT);
        LocalDate referral = sent != null ? sent : procedure.dateOf(CADA_REGISTERED);
        Made made = referral == null ? Made.NONE : Made.VALID;
        // R343-1: the referral follows a refusal; registration comes after sending, so an early one proves it too
        if (referral != null && dir != null && referral.isBefore(dir) && (express == null || express.isAfter(referral))) {
            out.warn(WarningCode.PREMATURE_CADA_REFERRAL, sent != null ? CADA_REFERRAL_SENT : CADA_REGISTERED, referral, dir);
            made = Made.PREMATURE;
        }
        boolean expressBeforeDir = express != null && dir != null && !express.isAfter(dir);
        LocalDate trigger = dir;
        Text label = CrpaRules.IMPLICIT_LABEL;
        boolean enforceable = !procedure.withoutAcknowledgement();
        if (express != null && effective(procedure, out, express, dir, made == Made.VALID ? referral : null)) {
            trigger = express;
            label = EXPRESS_REFUSAL.label();
            // L112-6 al. 2: notified before the implicit refusal would arise, no acknowledgement is needed
            enforceable = procedure.statesRemedies(EXPRESS_REFUSAL) && (enforceable || expressBeforeDir);
        }
        if (trigger == null) {
            return new Result(null, null, made, expressBeforeDir);
        }
        Deadline referralBy = DeadlineMaker.make(procedure, SPEC, label, trigger);
        LocalDate lastDay = enforceable ? DeadlineMaker.lastLegalDay(procedure, SPEC, trigger) : OuterLimit.dateFrom(procedure, trigger);
        // only the sending date (L112-1) proves lateness: the CADA registers a referral days after receiving it
        if (made == Made.VALID && sent != null && sent.isAfter(lastDay)) {
            out.warn(WarningCode.LATE_CADA_REFERRAL, CADA_REFERRAL_SENT, sent, lastDay);
            made = Made.LATE;
        }
        boolean remediesMissing = label != CrpaRules.IMPLICIT_LABEL && !procedure.statesRemedies(EXPRESS_REFUSAL);
        Deadline oneYear = enforceable ? null : OuterLimit.from(procedure, label, trigger,
                remediesMissing ? OuterLimit.REMEDIES_NOT_STATED : OuterLimit.NO_ACKNOWLEDGEMENT);
        return new Result(referralBy, oneYear, made, expressBeforeDir);
    }

    /**
     * Whether the express refusal opens the referral period: not when the CADA was already seized (the referral
     * stands), nor after the period against the implicit refusal ran out (confirmatory).
     */
    private static boolean effective(Procedure procedure, ChainBuilder out, LocalDate express, LocalDate dir, LocalDate referral) {
        if (referral != null && referral.isBefore(express)) {
            out.warn(WarningCode.REFERRAL_ALREADY_MADE, EXPRESS_REFUSAL, express, referral);
            return false;
        }
        if (dir == null) {
            return true;
        }
        LocalDate dirLastDay = procedure.withoutAcknowledgement() ? OuterLimit.dateFrom(procedure, dir)
                : DeadlineMaker.lastLegalDay(procedure, SPEC, dir);
        return Decisions.effective(out, dir, CrpaRules.IMPLICIT_LABEL, dirLastDay, EXPRESS_REFUSAL, express).express() != null;
    }
}
