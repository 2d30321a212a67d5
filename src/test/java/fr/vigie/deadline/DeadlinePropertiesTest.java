package fr.vigie.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.deadline.calendar.Calendar;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.PeriodResult;
import fr.vigie.deadline.period.PeriodUnit;
import fr.vigie.deadline.period.SkippedDay;
import fr.vigie.deadline.period.SuspensionWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the engine over random valid procedures of every regime. */
class DeadlinePropertiesTest {

    private final DeadlineEngine engine = new DeadlineEngine();

    @Provide
    Arbitrary<ProcedureInput> procedures() {
        return Scenarios.procedures();
    }

    @Property
    void actByDateOfAFrancOrExtendedPeriodIsAWorkingDay(@ForAll("procedures") ProcedureInput input) {
        Calendar calendar = input.regime().calendar();
        for (Deadline deadline : engine.compute(input)) {
            PeriodResult run = deadline.explanation().period();
            if (run.endRule() == EndRule.NEXT_WORKING_DAY || run.period().isFranc()) {
                assertThat(calendar.isWorkingDay(deadline.date())).as("%s %s", deadline.key(), deadline.date()).isTrue();
            }
        }
    }

    /** Policy A: whatever the day, the implicit decisions stay on trigger + N months. */
    @Property
    void implicitDecisionsKeepTheirCalendarDate(@ForAll("crpa") ProcedureInput input) {
        List<Deadline> deadlines = engine.compute(input);
        for (ProcedureEvent event : input.events()) {
            if (event.type() == EventType.REQUEST_RECEIVED) {
                assertThat(Procedures.get(deadlines, DeadlineKey.IMPLICIT_REFUSAL).date()).isEqualTo(event.date().plusMonths(1));
            } else if (event.type() == EventType.CADA_REGISTERED) {
                assertThat(Procedures.get(deadlines, DeadlineKey.CONFIRMED_REFUSAL).date()).isEqualTo(event.date().plusMonths(2));
            }
        }
    }

    @Provide
    Arbitrary<ProcedureInput> crpa() {
        return Scenarios.procedures(Regime.FR_CRPA);
    }

    /** Moving an event later never moves a deadline earlier, for every key whose rule stays the same. */
    @Property
    void laterTriggerNeverGivesAnEarlierDeadline(@ForAll("procedures") ProcedureInput input,
                                                 @ForAll @IntRange(min = 0, max = 30) int which,
                                                 @ForAll @IntRange(min = 1, max = 400) int days) {
        Assume.that(!input.events().isEmpty());
        EventType moved = input.events().get(which % input.events().size()).type();
        assertNeverEarlier(engine.compute(input), engine.compute(Scenarios.shifted(input, moved, days)), "moving " + moved);
    }

    /** Policy G: a suspension window never brings a deadline forward. */
    @Property
    void suspensionNeverShortensAPeriod(@ForAll("procedures") ProcedureInput input,
                                        @ForAll @IntRange(min = -60, max = 200) int startOffset,
                                        @ForAll @IntRange(min = 0, max = 120) int length) {
        Assume.that(!input.events().isEmpty());
        LocalDate from = input.events().get(0).date().plusDays(startOffset);
        Assume.that(from.getYear() >= 1900);
        SuspensionWindow window = new SuspensionWindow(from, from.plusDays(length), "test", "test");
        List<Deadline> plain = engine.compute(input);
        List<Deadline> suspended = engine.compute(input.withSuspensions(List.of(window)));
        assertNeverEarlier(plain, suspended, "suspension");
    }

    /** Each deadline of {@code after} with the same key and rule as one of {@code before} is not earlier. */
    private static void assertNeverEarlier(List<Deadline> before, List<Deadline> after, String change) {
        for (Deadline earlier : before) {
            Optional<Deadline> later = after.stream()
                    .filter(d -> d.key().equals(earlier.key()) && d.basis().equals(earlier.basis())).findFirst();
            later.ifPresent(deadline -> assertThat(deadline.date()).as("%s after %s", earlier.key(), change)
                    .isAfterOrEqualTo(earlier.date()));
        }
    }

    /** Every day between the period end and the act-by date (working-day counts: every day not counted) is listed, and nothing else. */
    @Property
    void explanationListsExactlyTheSkippedDays(@ForAll("procedures") ProcedureInput input) {
        for (Deadline deadline : engine.compute(input)) {
            PeriodResult run = deadline.explanation().period();
            List<LocalDate> expected = new ArrayList<>();
            if (run.period().unit() == PeriodUnit.WORKING_DAYS) {
                for (LocalDate day = run.trigger().plusDays(1); day.isBefore(run.date()); day = day.plusDays(1)) {
                    if (!run.calendar().isWorkingDay(day)) {
                        expected.add(day);
                    }
                }
            } else if (run.endRule() == EndRule.NEXT_WORKING_DAY) {
                run.periodEnd().datesUntil(run.date()).forEach(expected::add);
            }
            List<SkippedDay> skipped = deadline.explanation().skippedDays();
            assertThat(skipped).extracting(SkippedDay::date).as(deadline.key().name()).containsExactlyElementsOf(expected);
            String french = deadline.explanation().fr();
            skipped.stream().filter(day -> day.kind() != SkippedDay.Kind.WEEKEND || run.period().unit() != PeriodUnit.WORKING_DAYS)
                    .forEach(day -> assertThat(french).contains(day.text(Locale.FRENCH)));
        }
    }

    @Property
    void alsoPossibleIsNeverEarlierThanTheActByDate(@ForAll("procedures") ProcedureInput input) {
        for (Deadline deadline : engine.compute(input)) {
            for (AlsoPossible other : deadline.alsoPossible()) {
                assertThat(other.date()).as("%s: %s", deadline.key(), other.reasonEn()).isAfterOrEqualTo(deadline.date());
            }
        }
    }
}
