package fr.vigie.deadline.regime;

import static fr.vigie.deadline.EventType.DECISION_NOTIFIED;
import static fr.vigie.deadline.EventType.ICO_DECISION_NOTICE;
import static fr.vigie.deadline.EventType.INTERNAL_REVIEW_DECIDED;
import static fr.vigie.deadline.EventType.INTERNAL_REVIEW_REQUESTED;
import static fr.vigie.deadline.EventType.REQUEST_RECEIVED;

import fr.vigie.deadline.AlsoPossible;
import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Text;
import fr.vigie.deadline.calendar.UkCalendar;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;

/**
 * UK FOIA 2000 (LEGAL.md §3): working days per s.10(6), counted from the day after receipt (policy I); the
 * internal review of the s.45 Code of Practice, the complaint to the Information Commissioner (s.50) and the
 * appeal to the First-tier Tribunal (s.57).
 */
final class UkFoiaRules {

    private static final DeadlineSpec RESPONSE = new DeadlineSpec(DeadlineKey.RESPONSE_DUE,
            "FOIA 2000 s.10(1), s.10(6)", Period.workingDays(20), EndRule.NEXT_WORKING_DAY, null);
    private static final String REVIEW_BASIS = "FOIA 2000 s.45 Code of Practice (2018), part 5";
    private static final DeadlineSpec REVIEW = new DeadlineSpec(DeadlineKey.INTERNAL_REVIEW_DUE,
            REVIEW_BASIS, Period.workingDays(20), EndRule.NEXT_WORKING_DAY, null);
    private static final Period LONGEST_REVIEW = Period.workingDays(40);
    /** The Code of Practice of 4 July 2018: authorities need not accept a review asked after 40 working days. */
    private static final LocalDate CODE_2018 = LocalDate.of(2018, 7, 4);
    private static final DeadlineSpec REVIEW_REQUEST = new DeadlineSpec(DeadlineKey.INTERNAL_REVIEW_REQUEST_BY,
            REVIEW_BASIS, Period.workingDays(40), EndRule.NEXT_WORKING_DAY, null);
    // s.50(2)(b): the Commissioner may refuse a complaint made after "undue delay"; the ICO asks for six weeks
    private static final DeadlineSpec ICO_COMPLAINT = new DeadlineSpec(DeadlineKey.ICO_COMPLAINT_BY,
            "FOIA 2000 s.50(1), (2)(b)", Period.days(42), EndRule.KEEP, null);
    // GRC Rules 2009 r.22(1)(b): received within 28 days of the date the notice was sent; r.12(2): a last day that is
    // not a working day moves to the next one
    private static final DeadlineSpec TRIBUNAL = new DeadlineSpec(DeadlineKey.TRIBUNAL_APPEAL_BY,
            "FOIA 2000 s.57 ; Tribunal Procedure (First-tier Tribunal) (GRC) Rules 2009 r.22(1)(b)", Period.days(28),
            EndRule.NEXT_WORKING_DAY, "GRC Rules 2009 r.12(2)");

    private static final Text ICO_PRACTICE = new Text(
            "Pratique de l'ICO : plainte dans les six semaines de la réponse finale ; au-delà, retard excessif (undue delay), "
                    + "plainte en principe écartée. Sans résultat du réexamen après 40 jours ouvrés, la plainte est possible sans attendre.",
            "ICO practice: complain within six weeks of the final response; later is undue delay and the complaint is usually not "
                    + "considered. Without the review's outcome after 40 working days, you may complain at once.");
    private static final Text TRIBUNAL_RECEIPT = new Text(
            "L'appel doit être reçu par le tribunal dans ce délai, pas seulement envoyé.",
            "The notice of appeal must be received by the tribunal within this period, not only sent.");

    private UkFoiaRules() {
    }

    static void chain(Procedure procedure, ChainBuilder out) {
        LocalDate received = procedure.dateOf(REQUEST_RECEIVED);
        if (received != null) {
            out.add(DeadlineMaker.make(procedure, RESPONSE, REQUEST_RECEIVED.label(), received));
        }
        LocalDate response = procedure.dateOf(DECISION_NOTIFIED);
        if (response != null && !response.isBefore(CODE_2018)) {
            out.add(DeadlineMaker.make(procedure, REVIEW_REQUEST, DECISION_NOTIFIED.label(), response));
        }
        LocalDate reviewRequested = procedure.dateOf(INTERNAL_REVIEW_REQUESTED);
        if (reviewRequested != null) {
            Deadline review = DeadlineMaker.make(procedure, REVIEW, INTERNAL_REVIEW_REQUESTED.label(), reviewRequested);
            LocalDate longest = DeadlineMaker.dateAfter(procedure, LONGEST_REVIEW, EndRule.NEXT_WORKING_DAY, reviewRequested);
            out.add(review.withAlsoPossible(new AlsoPossible(longest,
                    "40 jours ouvrés au plus pour un réexamen complexe (" + REVIEW_BASIS + ")",
                    "40 working days at most for a complex review (" + REVIEW_BASIS + ")")));
        }
        LocalDate reviewed = procedure.dateOf(INTERNAL_REVIEW_DECIDED);
        if (reviewed != null) {
            out.add(DeadlineMaker.make(procedure, ICO_COMPLAINT, INTERNAL_REVIEW_DECIDED.label(), reviewed).withNote(ICO_PRACTICE));
        }
        LocalDate notice = procedure.dateOf(ICO_DECISION_NOTICE);
        if (notice != null) {
            // the earliest reading on the bank holidays of England and Wales, any part of the UK's beside it
            out.add(DeadlineMaker.make(procedure, TRIBUNAL, ICO_DECISION_NOTICE.label(), notice, UkCalendar.ENGLAND_AND_WALES,
                    procedure.calendar()).withNote(TRIBUNAL_RECEIPT));
        }
    }
}
