package fr.vigie.deadline;

import static fr.vigie.deadline.period.DateText.format;
import static fr.vigie.deadline.period.DateText.isFrench;

import fr.vigie.deadline.period.AppliedSuspension;
import fr.vigie.deadline.period.Counting;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.PeriodResult;
import fr.vigie.deadline.period.PeriodUnit;
import fr.vigie.deadline.period.SkippedDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes an {@link Explanation} as plain text, one step per line, in French or English. */
final class ExplanationText {

    private ExplanationText() {
    }

    static String write(Explanation explanation, Locale locale) {
        boolean fr = isFrench(locale);
        PeriodResult run = explanation.period();
        StringBuilder text = new StringBuilder(400)
                .append(explanation.subject().in(locale)).append(fr ? " : " : ": ")
                .append(run.period().describe(locale)).append(fr ? " à compter de : " : " from: ")
                .append(explanation.triggerLabel().in(locale)).append(", ").append(format(run.trigger(), locale))
                .append(" (").append(explanation.basis()).append(").");
        if (run.period().unit() == PeriodUnit.WORKING_DAYS) {
            writeDaysNotCounted(text, run, fr, locale);
            if (run.endRule() == EndRule.DAY_AFTER) {
                text.append(fr ? "\nPossible à partir du lendemain de l'expiration du délai." : "\nPossible from the day after the period has run out.");
            }
        } else {
            writeEnd(text, explanation, run, fr, locale);
        }
        explanation.notes().forEach(note -> text.append('\n').append(note.in(locale)));
        return text.append(fr ? "\nDate : " : "\nDate: ").append(format(run.date(), locale)).append('.').toString();
    }

    /** Holidays and suspended days one by one; weekends only counted, they need no explaining. */
    private static void writeDaysNotCounted(StringBuilder text, PeriodResult run, boolean fr, Locale locale) {
        List<String> parts = new ArrayList<>();
        int weekendDays = 0;
        for (SkippedDay day : run.skippedDays()) {
            if (day.kind() == SkippedDay.Kind.WEEKEND) {
                weekendDays++;
            } else {
                parts.add(day.text(locale));
            }
        }
        if (weekendDays > 0) {
            parts.add(weekendDays + (fr ? " samedi(s) ou dimanche(s)" : " Saturday(s) or Sunday(s)"));
        }
        if (!parts.isEmpty()) {
            text.append(fr ? "\nJours non comptés : " : "\nDays not counted: ").append(String.join(fr ? " ; " : "; ", parts)).append('.');
        }
    }

    private static void writeEnd(StringBuilder text, Explanation explanation, PeriodResult run, boolean fr, Locale locale) {
        text.append(fr ? "\nÉchéance nominale : " : "\nNominal end: ").append(format(run.nominalEnd(), locale)).append('.');
        if (run.period().counting() == Counting.FRANC) {
            text.append(fr ? " Délai franc : dernier jour " : " Délai franc: last day ").append(format(run.lastDay(), locale)).append('.');
        }
        for (AppliedSuspension suspension : run.suspensions()) {
            text.append(fr ? "\nSuspension (" : "\nSuspension (").append(suspension.window().reason(locale))
                    .append(fr ? ") du " : ") from ").append(format(suspension.window().from(), locale))
                    .append(fr ? " au " : " to ").append(format(suspension.window().to(), locale))
                    .append(fr ? " : fin reportée de " : ": end pushed by ").append(suspension.days())
                    .append(fr ? " jour(s)." : " day(s).");
        }
        if (run.endRule() == EndRule.NEXT_WORKING_DAY && !run.skippedDays().isEmpty()) {
            text.append(fr ? "\nReport au premier jour ouvrable suivant (" : "\nMoved to the next working day (")
                    .append(explanation.extensionBasis()).append(fr ? ") :" : "):");
            run.skippedDays().forEach(day -> text.append("\n- ").append(day.text(locale)));
        } else if (run.endRule() == EndRule.KEEP && !run.calendar().isWorkingDay(run.date())) {
            text.append(fr ? "\nDate non reportée bien que ce jour ne soit pas ouvré (" : "\nNot moved although it is not a working day (")
                    .append(SkippedDay.nonWorking(run.date(), run.calendar()).reason(locale)).append(").");
        } else if (run.endRule() == EndRule.DAY_AFTER) {
            text.append(fr ? "\nPossible à partir du lendemain de l'expiration du délai." : "\nPossible from the day after the period has run out.");
        }
    }
}
