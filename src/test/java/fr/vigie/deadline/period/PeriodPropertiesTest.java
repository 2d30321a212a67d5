package fr.vigie.deadline.period;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.deadline.calendar.Calendar;
import fr.vigie.deadline.calendar.FrenchCalendars;
import fr.vigie.deadline.calendar.GermanCalendar;
import fr.vigie.deadline.calendar.GermanLands;
import fr.vigie.deadline.calendar.UkCalendar;
import fr.vigie.deadline.calendar.UsFederalCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the period arithmetic on every calendar, for any trigger in 1900-2200 and any period. */
class PeriodPropertiesTest {

    private static final List<Calendar> CALENDARS = allCalendars();

    private static List<Calendar> allCalendars() {
        List<Calendar> all = new ArrayList<>(List.of(FrenchCalendars.NATIONAL, FrenchCalendars.ALSACE_MOSELLE,
                FrenchCalendars.GUADELOUPE, FrenchCalendars.MARTINIQUE, FrenchCalendars.GUYANE, FrenchCalendars.LA_REUNION,
                FrenchCalendars.MAYOTTE, FrenchCalendars.SAINT_MARTIN, FrenchCalendars.SAINT_BARTHELEMY,
                UsFederalCalendar.CALENDAR, UkCalendar.CALENDAR, UkCalendar.ENGLAND_AND_WALES, GermanCalendar.CALENDAR));
        GermanLands.codes().forEach(code -> all.add(GermanLands.calendar(code).orElseThrow()));
        return List.copyOf(all);
    }

    @Provide
    Arbitrary<LocalDate> triggers() {
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2200, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Period> periods() {
        Arbitrary<Period> calendarPeriods = Combinators.combine(Arbitraries.integers().between(1, 36),
                Arbitraries.of(PeriodUnit.DAYS, PeriodUnit.MONTHS), Arbitraries.of(Counting.values()))
                .as(Period::new);
        return Arbitraries.oneOf(calendarPeriods, Arbitraries.integers().between(1, 60).map(Period::workingDays));
    }

    @Provide
    Arbitrary<Calendar> calendars() {
        return Arbitraries.of(CALENDARS);
    }

    @Property
    void extendedPeriodEndsOnAWorkingDayAfterListingEachSkippedDay(@ForAll("triggers") LocalDate trigger,
                                                                   @ForAll("periods") Period period,
                                                                   @ForAll("calendars") Calendar calendar) {
        PeriodResult result = PeriodCalculator.compute(trigger, period, EndRule.NEXT_WORKING_DAY, calendar, List.of());

        assertThat(calendar.isWorkingDay(result.date())).isTrue();
        assertThat(result.date()).isAfter(trigger);
        if (period.unit() != PeriodUnit.WORKING_DAYS) {
            assertThat(result.skippedDays()).extracting(SkippedDay::date)
                    .containsExactlyElementsOf(result.periodEnd().datesUntil(result.date()).toList());
            assertThat(result.skippedDays()).allMatch(day -> !calendar.isWorkingDay(day.date()));
        }
    }

    @Property
    void keptPeriodEndsOnItsCalendarDate(@ForAll("triggers") LocalDate trigger, @ForAll @IntRange(min = 1, max = 36) int months,
                                         @ForAll("calendars") Calendar calendar) {
        PeriodResult result = PeriodCalculator.compute(trigger, Period.months(months), EndRule.KEEP, calendar, List.of());

        assertThat(result.date()).isEqualTo(trigger.plusMonths(months));
        assertThat(result.skippedDays()).isEmpty();
    }

    @Property
    void laterTriggerNeverEndsEarlier(@ForAll("triggers") LocalDate trigger, @ForAll @IntRange(min = 1, max = 400) int days,
                                      @ForAll("periods") Period period, @ForAll("calendars") Calendar calendar,
                                      @ForAll EndRule endRule) {
        LocalDate first = PeriodCalculator.compute(trigger, period, endRule, calendar, List.of()).date();
        LocalDate later = PeriodCalculator.compute(trigger.plusDays(days), period, endRule, calendar, List.of()).date();

        assertThat(later).isAfterOrEqualTo(first);
    }

    /** No period ends before its trigger, whatever its end rule (a "from" date is the day after). */
    @Property
    void noDateBeforeTheTrigger(@ForAll("triggers") LocalDate trigger, @ForAll("periods") Period period,
                                @ForAll("calendars") Calendar calendar, @ForAll EndRule endRule) {
        PeriodResult result = PeriodCalculator.compute(trigger, period, endRule, calendar, List.of());

        assertThat(result.date()).isAfter(trigger);
        assertThat(result.date()).isAfterOrEqualTo(result.periodEnd());
    }

    /** A "from" date (DAY_AFTER) is the day after the period's last day, working days included (552(a)(6)(C)(i)). */
    @Property
    void fromDateIsTheDayAfterTheLastDay(@ForAll("triggers") LocalDate trigger, @ForAll("periods") Period period,
                                         @ForAll("calendars") Calendar calendar) {
        LocalDate kept = PeriodCalculator.compute(trigger, period, EndRule.KEEP, calendar, List.of()).date();
        LocalDate from = PeriodCalculator.compute(trigger, period, EndRule.DAY_AFTER, calendar, List.of()).date();

        assertThat(from).isEqualTo(kept.plusDays(1));
    }

    /** A Land's calendar has every nationwide holiday: its dates are never earlier than the federal ones (BGB §193). */
    @Property
    void landDatesAreNeverEarlierThanFederalOnes(@ForAll("triggers") LocalDate trigger, @ForAll("periods") Period period,
                                                 @ForAll("lands") String land) {
        Calendar federal = GermanCalendar.CALENDAR;
        LocalDate nationwide = PeriodCalculator.compute(trigger, period, EndRule.NEXT_WORKING_DAY, federal, List.of()).date();
        LocalDate inLand = PeriodCalculator.compute(trigger, period, EndRule.NEXT_WORKING_DAY,
                GermanLands.calendar(land).orElseThrow(), List.of()).date();

        assertThat(inLand).isAfterOrEqualTo(nationwide);
    }

    @Provide
    Arbitrary<String> lands() {
        return Arbitraries.of(GermanLands.codes());
    }

    /** Policy B: the two readings of a délai franc in months only differ after a trigger on the 28th-31st. */
    @Property
    void francReadingsDifferOnlyFromThe28th(@ForAll("triggers") LocalDate trigger, @ForAll @IntRange(min = 1, max = 36) int months) {
        Period readingA = Period.months(months).franc();
        LocalDate a = PeriodCalculator.compute(trigger, readingA, EndRule.KEEP, FrenchCalendars.NATIONAL, List.of()).date();
        LocalDate b = PeriodCalculator.compute(trigger, readingA.francFromNextDay(), EndRule.KEEP, FrenchCalendars.NATIONAL, List.of()).date();

        if (trigger.getDayOfMonth() < 28) {
            assertThat(b).isEqualTo(a);
        }
    }
}
