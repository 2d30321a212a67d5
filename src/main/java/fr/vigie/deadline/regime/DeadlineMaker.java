package fr.vigie.deadline.regime;

import fr.vigie.deadline.AlsoPossible;
import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.Explanation;
import fr.vigie.deadline.Text;
import fr.vigie.deadline.calendar.Calendar;
import fr.vigie.deadline.period.Counting;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import fr.vigie.deadline.period.PeriodCalculator;
import fr.vigie.deadline.period.PeriodResult;
import fr.vigie.deadline.period.PeriodUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a {@link DeadlineSpec} and its trigger into a {@link Deadline}, applying policies B and C. */
final class DeadlineMaker {

    private DeadlineMaker() {
    }

    static Deadline make(Procedure procedure, DeadlineSpec spec, Text triggerLabel, LocalDate trigger) {
        List<AlsoPossible> alsoPossible = new ArrayList<>(2);
        PeriodResult run = earlierReading(procedure, spec, trigger, alsoPossible);
        if (spec.endRule() == EndRule.NEXT_WORKING_DAY && procedure.localCalendar() != procedure.calendar()) {
            addLocalCalendarDate(procedure, run, alsoPossible);
        }
        Explanation explanation = new Explanation(spec.key().subject(), triggerLabel, spec.basis(), spec.extensionBasis(), run);
        return new Deadline(spec.key(), run.date(), spec.basis(), explanation, alsoPossible);
    }

    /**
     * Policy B: a délai franc in months has a second reading, (trigger + 1 day) + N months, which
     * differs after a trigger on the 28th-31st, earlier or later. Act by the earlier; show the other.
     */
    private static PeriodResult earlierReading(Procedure procedure, DeadlineSpec spec, LocalDate trigger,
                                               List<AlsoPossible> alsoPossible) {
        PeriodResult readingA = run(procedure, spec.period(), spec.endRule(), trigger, procedure.calendar());
        if (spec.period().unit() != PeriodUnit.MONTHS || spec.period().counting() != Counting.FRANC) {
            return readingA;
        }
        PeriodResult readingB = run(procedure, spec.period().francFromNextDay(), spec.endRule(), trigger, procedure.calendar());
        if (readingB.date().equals(readingA.date())) {
            return readingA;
        }
        boolean readingBFirst = readingB.date().isBefore(readingA.date());
        PeriodResult later = readingBFirst ? readingA : readingB;
        alsoPossible.add(new AlsoPossible(later.date(),
                "autre lecture du délai franc (" + later.period().describe(Locale.FRENCH)
                        + ") : limite légale probable ; agir au plus tard à la date la plus précoce (politique B)",
                "other reading of the délai franc (" + later.period().describe(Locale.ENGLISH)
                        + "): probable legal limit; act by the earlier date (policy B)"));
        return readingBFirst ? readingB : readingA;
    }

    /** Policy C: the local calendar's later date is information, never the act-by date. */
    private static void addLocalCalendarDate(Procedure procedure, PeriodResult run, List<AlsoPossible> alsoPossible) {
        Calendar local = procedure.localCalendar();
        LocalDate localDate = run(procedure, run.period(), run.endRule(), run.trigger(), local).date();
        if (localDate.isAfter(run.date())) {
            alsoPossible.add(new AlsoPossible(localDate,
                    "avec les jours fériés locaux (" + local.name(Locale.FRENCH)
                            + ") : pour information, la date à retenir suit le calendrier national (politique C)",
                    "with the local holidays (" + local.name(Locale.ENGLISH)
                            + "): for information, the act-by date follows the national calendar (policy C)"));
        }
    }

    /** The date a period from {@code trigger} reaches on the national calendar, suspensions included. */
    static LocalDate dateAfter(Procedure procedure, Period period, EndRule endRule, LocalDate trigger) {
        return run(procedure, period, endRule, trigger, procedure.calendar()).date();
    }

    private static PeriodResult run(Procedure procedure, Period period, EndRule endRule, LocalDate trigger, Calendar calendar) {
        return PeriodCalculator.compute(trigger, period, endRule, calendar, procedure.suspensions());
    }
}
