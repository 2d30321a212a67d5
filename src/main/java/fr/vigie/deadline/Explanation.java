package fr.vigie.deadline;

import fr.vigie.deadline.period.PeriodResult;
import fr.vigie.deadline.period.SkippedDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a deadline falls on its date: the trigger, the rule, the nominal end and every day skipped
 * with its reason. Kept as data; the French and English texts are written on demand.
 *
 * @param subject         what the date is ("Saisine de la CADA")
 * @param triggerLabel    what started the period ("refus implicite (DIR)")
 * @param basis           the articles of the period
 * @param extensionBasis  the articles that move a last day off a non-working day, when they apply
 * @param period          the period's run, step by step
 * @param notes           facts that bear on the date beyond the period itself (a transfer, a distance period...),
 *                        one line each, with their articles
 */
public record Explanation(Text subject, Text triggerLabel, String basis, String extensionBasis, PeriodResult period,
                          List<Text> notes) {

    public Explanation {
        notes = List.copyOf(notes);
    }

    public Explanation(Text subject, Text triggerLabel, String basis, String extensionBasis, PeriodResult period) {
        this(subject, triggerLabel, basis, extensionBasis, period, List.of());
    }

    /** The same explanation with one more note line. */
    public Explanation withNote(Text note) {
        List<Text> more = new ArrayList<>(notes);
        more.add(note);
        return new Explanation(subject, triggerLabel, basis, extensionBasis, period, more);
    }

    public String fr() {
        return text(Locale.FRENCH);
    }

    public String en() {
        return text(Locale.ENGLISH);
    }

    public String text(Locale locale) {
        return ExplanationText.write(this, locale);
    }

    public LocalDate trigger() {
        return period.trigger();
    }

    /** The days not counted or moved over, each with its reason. */
    public List<SkippedDay> skippedDays() {
        return period.skippedDays();
    }
}
