package fr.vigie.deadline.regime;

import fr.vigie.deadline.AlsoPossible;
import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.Explanation;
import fr.vigie.deadline.Regime;
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
        return make(procedure, spec, triggerLabel, trigger, procedure.calendar(), procedure.localCalendar());
    }

    /**
     * @param actBy the calendar of the act-by date
     * @param later a calendar whose later date is shown beside it (the local one), or {@code actBy} itself
     */
    static Deadline make(Procedure procedure, DeadlineSpec spec, Text triggerLabel, LocalDate trigger, Calendar actBy, Calendar later) {
        List<AlsoPossible> alsoPossible = new ArrayList<>(2);
        PeriodResult run = earlierReading(procedure, spec, trigger, actBy, alsoPossible);
        if (spec.endRule() == EndRule.NEXT_WORKING_DAY && later != actBy) {
            addLaterCalendarDate(procedure, run, later, alsoPossible);
        }
        Explanation explanation = new Explanation(spec.key().subject(), triggerLabel, spec.basis(), spec.extensionBasis(), run);
        return new Deadline(spec.key(), run.date(), spec.basis(), explanation, alsoPossible);
    }

    /**
     * Policy B: a délai franc in months has a second reading, (trigger + 1 day) + N months, which
     * differs after a trigger on the 28th-31st, earlier or later. Act by the earlier; show the other.
     */
    private static PeriodResult earlierReading(Procedure procedure, DeadlineSpec spec, LocalDate trigger, Calendar calendar,
                                               List<AlsoPossible> alsoPossible) {
        PeriodResult readingA = run(procedure, spec.period(), spec.endRule(), trigger, calendar);
        if (!hasSecondReading(spec.period())) {
            return readingA;
        }
        PeriodResult readingB = run(procedure, spec.period().francFromNextDay(), spec.endRule(), trigger, calendar);
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

    private static boolean hasSecondReading(Period period) {
        return period.unit() == PeriodUnit.MONTHS && period.counting() == Counting.FRANC;
    }

    /**
     * Policy C: the local calendar's later date is information, never the act-by date. In Germany the
     * holidays where the authority sits are the legal ones (BGB §193): the later date is the legal limit,
     * the nationwide one the safe act-by date.
     */
    private static void addLaterCalendarDate(Procedure procedure, PeriodResult run, Calendar later, List<AlsoPossible> alsoPossible) {
        LocalDate laterDate = run(procedure, run.period(), run.endRule(), run.trigger(), later).date();
        if (!laterDate.isAfter(run.date())) {
            return;
        }
        if (procedure.regime() == Regime.DE_IFG) {
            alsoPossible.add(new AlsoPossible(laterDate,
                    "avec les jours fériés du Land où siège l'autorité (" + later.name(Locale.FRENCH)
                            + ", BGB §193) : limite légale ; agir au plus tard à la date fédérale, la plus précoce",
                    "with the public holidays of the Land where the authority sits (" + later.name(Locale.ENGLISH)
                            + ", BGB §193): legal limit; act by the federal date, the earlier one"));
        } else if (procedure.regime() == Regime.UK_FOIA) {
            alsoPossible.add(new AlsoPossible(laterDate,
                    "si un jour férié d'une autre partie du Royaume-Uni compte aussi (Banking and Financial Dealings Act 1971, s.1) : "
                            + "limite possible ; agir au plus tard à la date la plus précoce",
                    "if a bank holiday in another part of the UK counts too (Banking and Financial Dealings Act 1971, s.1): "
                            + "possible limit; act by the earlier date"));
        } else {
            alsoPossible.add(new AlsoPossible(laterDate,
                    "avec les jours fériés locaux (" + later.name(Locale.FRENCH)
                            + ") : pour information, la date à retenir suit le calendrier national (politique C)",
                    "with the local holidays (" + later.name(Locale.ENGLISH)
                            + "): for information, the act-by date follows the national calendar (policy C)"));
        }
    }

    /**
     * The last day the law allows, to judge whether a step came too late: the later reading of a délai franc
     * (policy B) and, in Germany, the Land's holidays (BGB §193), never the information-only French local calendar.
     */
    static LocalDate lastLegalDay(Procedure procedure, DeadlineSpec spec, LocalDate trigger) {
        LocalDate last = run(procedure, spec.period(), spec.endRule(), trigger, procedure.calendar()).date();
        if (hasSecondReading(spec.period())) {
            LocalDate readingB = run(procedure, spec.period().francFromNextDay(), spec.endRule(), trigger, procedure.calendar()).date();
            last = readingB.isAfter(last) ? readingB : last;
        }
        if (procedure.regime() == Regime.DE_IFG) {
            LocalDate land = run(procedure, spec.period(), spec.endRule(), trigger, procedure.localCalendar()).date();
            last = land.isAfter(last) ? land : last;
        }
        return last;
    }

    /** The date a period from {@code trigger} reaches on the national calendar, suspensions included. */
    static LocalDate dateAfter(Procedure procedure, Period period, EndRule endRule, LocalDate trigger) {
        return run(procedure, period, endRule, trigger, procedure.calendar()).date();
    }

    private static PeriodResult run(Procedure procedure, Period period, EndRule endRule, LocalDate trigger, Calendar calendar) {
        return PeriodCalculator.compute(trigger, period, endRule, calendar, procedure.suspensions());
    }
}
