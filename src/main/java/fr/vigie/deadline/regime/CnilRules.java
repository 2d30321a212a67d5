package fr.vigie.deadline.regime;

import static fr.vigie.deadline.EventType.CNIL_COMPLAINT_RECEIVED;
import static fr.vigie.deadline.EventType.CNIL_DECISION_NOTIFIED;
import static fr.vigie.deadline.EventType.INDIRECT_ACCESS_REQUESTED;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Text;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;

/**
 * The CNIL (FR_GDPR). A complaint (GDPR art. 77) has no filing deadline. The CNIL must tell the complainant
 * within three months how it is handled (art. 78(2)), failing which a court may be seized. Its silence for three
 * months is a rejection (décret 2019-536 art. 10, in force 1 June 2019; CE 31 Dec. 2025 n° 491492), before that
 * two months (CRPA L231-4 2°, a réclamation; CE 23 Dec. 2016 n° 393020). Its decisions are challenged before the
 * Conseil d'État in first and last resort (CJA R311-1 4°) within two months (R421-1, R421-2), plus distance
 * (R421-7). Indirect access (loi 78-17 art. 118; décret 2019-536 art. 141-142): the CNIL notifies the result of
 * its checks within four months.
 */
final class CnilRules {

    /** Décret 2019-536, in force 1 June 2019 (its art. 10: three months). */
    private static final LocalDate DECREE_2019_536 = LocalDate.of(2019, 6, 1);

    private static final DeadlineSpec INFORMATION = new DeadlineSpec(DeadlineKey.CNIL_INFORMATION_DUE,
            "RGPD art. 77, 78(2) ; règl. 1182/71 art. 3(2)(c)", Period.months(3), EndRule.NEXT_WORKING_DAY, GdprRules.REG_1182_71);
    // policy A: implicit decisions arise on their calendar date
    private static final DeadlineSpec SILENCE = new DeadlineSpec(DeadlineKey.CNIL_IMPLICIT_REJECTION,
            "décret 2019-536 art. 10", Period.months(3), EndRule.KEEP, null);
    private static final DeadlineSpec SILENCE_BEFORE_2019 = new DeadlineSpec(DeadlineKey.CNIL_IMPLICIT_REJECTION,
            "CRPA L231-4 2° ; CE 23/12/2016 n° 393020", Period.months(2), EndRule.KEEP, null);
    private static final DeadlineSpec CONSEIL_ETAT = new DeadlineSpec(DeadlineKey.CONSEIL_ETAT_BY,
            "CJA R311-1 4°, R421-1, R421-2", Period.months(2).franc(), EndRule.NEXT_WORKING_DAY, CrpaRules.CPC_642);
    // policy D: the authority's deadline is plain
    private static final DeadlineSpec INDIRECT = new DeadlineSpec(DeadlineKey.CNIL_INDIRECT_ACCESS_DUE,
            "loi 78-17 art. 118 ; décret 2019-536 art. 141, 142", Period.months(4), EndRule.KEEP, null);

    private static final Text SILENCE_LABEL = new Text("rejet implicite de la plainte", "implicit rejection of the complaint");
    private static final Text WITHDRAWN_BY_INQUIRY = new Text(
            "Si la CNIL poursuit ensuite l'instruction, elle retire ce rejet implicite (CE 31/12/2025 n° 491492).",
            "If the CNIL then goes on investigating, it withdraws this implicit rejection (CE 31/12/2025 no. 491492).");
    private static final Text INDIRECT_SCOPE = new Text(
            "Délai des traitements intéressant la sûreté de l'État et la défense (loi 78-17 art. 118). Pour les fichiers de police et de "
                    + "justice (directive 2016/680, art. 108), la CNIL exerce les droits pour vous ; aucun délai propre n'a été vérifié, "
                    + "ce délai est indicatif.",
            "Period of the processing concerning State security and defence (loi 78-17 art. 118). For police and justice files "
                    + "(Directive 2016/680, art. 108) the CNIL exercises the rights for you; no period of their own was verified: this "
                    + "date is indicative.");

    private CnilRules() {
    }

    static void chain(Procedure procedure, ChainBuilder out) {
        LocalDate complaint = procedure.dateOf(CNIL_COMPLAINT_RECEIVED);
        LocalDate decision = procedure.dateOf(CNIL_DECISION_NOTIFIED);
        LocalDate silence = null;
        if (complaint != null) {
            out.add(DeadlineMaker.make(procedure, INFORMATION, CNIL_COMPLAINT_RECEIVED.label(), complaint));
            DeadlineSpec rule = complaint.isBefore(DECREE_2019_536) ? SILENCE_BEFORE_2019 : SILENCE;
            Deadline implicit = DeadlineMaker.make(procedure, rule, CNIL_COMPLAINT_RECEIVED.label(), complaint);
            out.add(implicit.withNote(WITHDRAWN_BY_INQUIRY));
            silence = implicit.date();
        }
        LocalDate silenceLastDay = silence == null ? null
                : DeadlineMaker.lastLegalDay(procedure, Distance.lengthen(CONSEIL_ETAT, procedure, Distance.Seat.CONSEIL_ETAT), silence);
        Decisions.Decision challenged = Decisions.effective(out, silence, SILENCE_LABEL, silenceLastDay, CNIL_DECISION_NOTIFIED, decision);
        if (challenged != null) {
            out.add(Distance.make(procedure, CONSEIL_ETAT, Distance.Seat.CONSEIL_ETAT, challenged.label(), challenged.date()));
            if (!challenged.isImplicit() && !procedure.statesRemedies(CNIL_DECISION_NOTIFIED)) {
                out.add(OuterLimit.from(procedure, challenged.label(), challenged.date(), OuterLimit.REMEDIES_NOT_STATED));
            }
        }
        LocalDate indirect = procedure.dateOf(INDIRECT_ACCESS_REQUESTED);
        if (indirect != null) {
            out.add(DeadlineMaker.make(procedure, INDIRECT, INDIRECT_ACCESS_REQUESTED.label(), indirect).withNote(INDIRECT_SCOPE));
        }
    }
}
