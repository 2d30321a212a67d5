package fr.vigie.deadline.regime;

import static fr.vigie.deadline.EventType.INTERNAL_REVIEW_REQUESTED;
import static fr.vigie.deadline.EventType.REQUEST_RECEIVED;

import fr.vigie.deadline.AlsoPossible;
import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** UK FOIA 2000 (LEGAL.md §3): working days per s.10(6), counted from the day after receipt (policy I). */
final class UkFoiaRules {

    private static final DeadlineSpec RESPONSE = new DeadlineSpec(DeadlineKey.RESPONSE_DUE,
            "FOIA 2000 s.10(1), s.10(6)", Period.workingDays(20), EndRule.NEXT_WORKING_DAY, null);
    private static final String REVIEW_BASIS = "FOIA 2000 s.45 Code of Practice (2018), part 5";
    private static final DeadlineSpec REVIEW = new DeadlineSpec(DeadlineKey.INTERNAL_REVIEW_DUE,
            REVIEW_BASIS, Period.workingDays(20), EndRule.NEXT_WORKING_DAY, null);
    private static final Period LONGEST_REVIEW = Period.workingDays(40);

    private UkFoiaRules() {
    }

    static List<Deadline> deadlines(Procedure procedure) {
        List<Deadline> deadlines = new ArrayList<>(2);
        LocalDate received = procedure.dateOf(REQUEST_RECEIVED);
        if (received != null) {
            deadlines.add(DeadlineMaker.make(procedure, RESPONSE, REQUEST_RECEIVED.label(), received));
        }
        LocalDate reviewRequested = procedure.dateOf(INTERNAL_REVIEW_REQUESTED);
        if (reviewRequested != null) {
            Deadline review = DeadlineMaker.make(procedure, REVIEW, INTERNAL_REVIEW_REQUESTED.label(), reviewRequested);
            LocalDate longest = DeadlineMaker.dateAfter(procedure, LONGEST_REVIEW, EndRule.NEXT_WORKING_DAY, reviewRequested);
            deadlines.add(review.withAlsoPossible(new AlsoPossible(longest,
                    "40 jours ouvrés au plus pour un réexamen complexe (" + REVIEW_BASIS + ")",
                    "40 working days at most for a complex review (" + REVIEW_BASIS + ")")));
        }
        return deadlines;
    }
}
