package fr.vigie.deadline.regime;

import static fr.vigie.deadline.EventType.JUDGMENT_NOTIFIED;

import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Text;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;

/**
 * France, after the judgment of the tribunal administratif. A dispute on the communication of administrative
 * documents is judged in first and last resort (CJA R811-1 al. 2, 2°): no appeal, only cassation before the
 * Conseil d'État, within two months of notification (R821-1), through an avocat aux Conseils (R821-3), with the
 * distance periods (R821-2, R811-5, R421-7). A judgment not carried out: the request to enforce it cannot be
 * made before three months from its notification, unless the body expressly refuses to carry it out
 * (L911-4, R921-1-1).
 */
final class AfterJudgment {

    private static final DeadlineSpec CASSATION = new DeadlineSpec(DeadlineKey.JUDGMENT_APPEAL_BY,
            "CJA R811-1 al. 2 2°, R821-1", Period.months(2).franc(), EndRule.NEXT_WORKING_DAY, CrpaRules.CPC_642);
    private static final DeadlineSpec ENFORCEMENT = new DeadlineSpec(DeadlineKey.ENFORCEMENT_REQUEST_FROM,
            "CJA L911-4, R921-1-1", Period.months(3), EndRule.DAY_AFTER, null);

    private static final Text CASSATION_NOTE = new Text(
            "Jugement rendu en premier et dernier ressort (communication de documents administratifs, CJA R811-1 al. 2 2°) : pas "
                    + "d'appel ; pourvoi en cassation devant le Conseil d'État, par un avocat au Conseil d'État et à la Cour de cassation "
                    + "(R821-3). Seulement si le jugement vous est défavorable.",
            "Judgment in first and last resort (communication of administrative documents, CJA R811-1 para. 2 2°): no appeal; "
                    + "appeal on points of law to the Conseil d'État, through an avocat aux Conseils (R821-3). Only if the judgment "
                    + "goes against you.");
    private static final Text ENFORCEMENT_NOTE = new Text(
            "Si l'administration n'exécute pas le jugement : demande d'exécution au tribunal (L911-4), possible dès le lendemain des "
                    + "trois mois, ou dès un refus exprès d'exécuter (R921-1-1).",
            "If the body does not carry out the judgment: request to the tribunal to enforce it (L911-4), admissible from the day after "
                    + "the three months, or at once after an express refusal to carry it out (R921-1-1).");

    private AfterJudgment() {
    }

    static void chain(Procedure procedure, ChainBuilder out) {
        LocalDate judgment = procedure.dateOf(JUDGMENT_NOTIFIED);
        if (judgment == null) {
            return;
        }
        out.add(Distance.make(procedure, CASSATION, Distance.Seat.CONSEIL_ETAT, JUDGMENT_NOTIFIED.label(), judgment)
                .withNote(CASSATION_NOTE));
        out.add(DeadlineMaker.make(procedure, ENFORCEMENT, JUDGMENT_NOTIFIED.label(), judgment).withNote(ENFORCEMENT_NOTE));
    }
}
