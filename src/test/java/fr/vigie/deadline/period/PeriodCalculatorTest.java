package fr.vigie.deadline.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.deadline.calendar.Calendar;
import fr.vigie.deadline.calendar.FrenchCalendars;
import fr.vigie.deadline.calendar.UkCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodCalculatorTest {

    private static final Calendar FRANCE = FrenchCalendars.NATIONAL;
    private static final SuspensionWindow HEALTH_EMERGENCY = new SuspensionWindow(
            LocalDate.of(2020, 3, 12), LocalDate.of(2020, 6, 23), "état d'urgence sanitaire", "health emergency");

    private static PeriodResult run(String trigger, Period period, EndRule endRule, SuspensionWindow... windows) {
        return PeriodCalculator.compute(LocalDate.parse(trigger), period, endRule, FRANCE, List.of(windows));
    }

    /** CPC 641 / Reg. 1182/71 art. 3(2)(c) / BGB §188(3): same day number, else the last day of the month. */
    @ParameterizedTest(name = "{0} + {1} month(s) = {2}")
    @CsvSource({"2025-01-31, 1, 2025-02-28", "2024-01-31, 1, 2024-02-29", "2024-12-31, 2, 2025-02-28",
            "2025-03-31, 1, 2025-04-30", "2025-03-03, 1, 2025-04-03", "2024-02-29, 12, 2025-02-28"})
    void monthsGoFromQuantiemeToQuantiemeClipped(LocalDate trigger, int months, LocalDate expected) {
        PeriodResult result = PeriodCalculator.compute(trigger, Period.months(months), EndRule.KEEP, FRANCE, List.of());

        assertThat(result.date()).isEqualTo(expected);
    }

    @Test
    void francAddsOneDayAfterTheNominalEnd() {
        PeriodResult result = run("2017-08-23", Period.months(2).franc(), EndRule.NEXT_WORKING_DAY);

        assertThat(result.nominalEnd()).isEqualTo("2017-10-23");
        assertThat(result.lastDay()).isEqualTo("2017-10-24");
        assertThat(result.date()).isEqualTo("2017-10-24");
    }

    /** Policy B: the readings differ only after a 28th-31st, either one being the earlier. */
    @ParameterizedTest(name = "{0}: reading A {1}, reading B {2}")
    @CsvSource({"2024-12-30, 2025-03-03, 2025-02-28", "2024-12-31, 2025-03-03, 2025-03-03",
            "2025-08-31, 2025-11-03, 2025-11-03", "2023-12-29, 2024-03-01, 2024-02-29",
            "2025-02-28, 2025-04-29, 2025-05-02", "2024-12-28, 2025-03-03, 2025-02-28", "2025-04-30, 2025-07-01, 2025-07-01"})
    void francReadings(LocalDate trigger, LocalDate readingA, LocalDate readingB) {
        Period twoMonths = Period.months(2).franc();
        assertThat(PeriodCalculator.compute(trigger, twoMonths, EndRule.NEXT_WORKING_DAY, FRANCE, List.of()).date()).isEqualTo(readingA);
        assertThat(PeriodCalculator.compute(trigger, twoMonths.francFromNextDay(), EndRule.NEXT_WORKING_DAY, FRANCE, List.of()).date())
                .isEqualTo(readingB);
    }

    /** CPC 642: every day moved over is listed with its reason, and only those (example 7). */
    @Test
    void extensionListsEachSkippedDay() {
        PeriodResult result = run("2025-04-07", Period.months(2).franc(), EndRule.NEXT_WORKING_DAY);

        assertThat(result.periodEnd()).isEqualTo("2025-06-08");
        assertThat(result.skippedDays()).containsExactly(
                new SkippedDay(LocalDate.of(2025, 6, 8), SkippedDay.Kind.WEEKEND, "dimanche", "Sunday"),
                new SkippedDay(LocalDate.of(2025, 6, 9), SkippedDay.Kind.HOLIDAY, "jour férié (Lundi de Pentecôte)", "public holiday (Whit Monday)"));
        assertThat(result.date()).isEqualTo("2025-06-10");
    }

    /** Policies A and D: KEEP leaves a Saturday holiday as it is. */
    @Test
    void keepLeavesANonWorkingDay() {
        PeriodResult result = run("2025-10-01", Period.months(1), EndRule.KEEP);

        assertThat(result.date()).isEqualTo("2025-11-01");
        assertThat(result.skippedDays()).isEmpty();
    }

    /** VwGO §75: admissible from the day after the three months, not moved off a holiday. */
    @Test
    void dayAfterGivesTheFirstDayAfterThePeriod() {
        assertThat(run("2025-01-31", Period.months(3), EndRule.DAY_AFTER).date()).isEqualTo("2025-05-01");
    }

    /** Policy I: received on a Saturday, the count starts on Monday (2025-05-19 is day 1; 26 May is a bank holiday). */
    @ParameterizedTest(name = "received {0}: 20th working day {1}")
    @CsvSource({"2025-05-17, 2025-06-16", "2025-05-16, 2025-06-16", "2025-05-14, 2025-06-12"})
    void workingDaysCountFromTheDayAfterReceipt(LocalDate received, LocalDate expected) {
        PeriodResult result = PeriodCalculator.compute(received, Period.workingDays(20), EndRule.NEXT_WORKING_DAY,
                UkCalendar.CALENDAR, List.of());

        assertThat(result.date()).isEqualTo(expected);
    }

    @Test
    void workingDayCountListsTheDaysNotCounted() {
        PeriodResult result = PeriodCalculator.compute(LocalDate.of(2025, 5, 14), Period.workingDays(20), EndRule.NEXT_WORKING_DAY,
                UkCalendar.CALENDAR, List.of());

        assertThat(result.skippedDays()).extracting(SkippedDay::date).containsExactly(
                LocalDate.of(2025, 5, 17), LocalDate.of(2025, 5, 18), LocalDate.of(2025, 5, 24), LocalDate.of(2025, 5, 25),
                LocalDate.of(2025, 5, 26), LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 7),
                LocalDate.of(2025, 6, 8));
        assertThat(result.skippedDays().get(4).kind()).isEqualTo(SkippedDay.Kind.HOLIDAY);
    }

    /** Policy G: a window inside the running period pushes the end by its whole length (104 days). */
    @Test
    void suspensionPushesTheEndByTheSuspendedDays() {
        PeriodResult result = run("2020-03-01", Period.months(1), EndRule.KEEP, HEALTH_EMERGENCY);

        assertThat(result.nominalEnd()).isEqualTo("2020-04-01");
        assertThat(result.suspensions()).containsExactly(new AppliedSuspension(HEALTH_EMERGENCY, 104));
        assertThat(result.date()).isEqualTo("2020-07-14");
    }

    /** Policy G: a trigger inside the window runs as if from the window's last day. */
    @Test
    void triggerDuringSuspensionRunsFromItsEnd() {
        assertThat(run("2020-04-01", Period.months(1), EndRule.KEEP, HEALTH_EMERGENCY).date()).isEqualTo("2020-07-23");
    }

    @Test
    void windowAfterThePeriodChangesNothing() {
        assertThat(run("2020-01-05", Period.months(1), EndRule.KEEP, HEALTH_EMERGENCY).date()).isEqualTo("2020-02-05");
    }

    @Test
    void suspendedDaysAreNotCountedAsWorkingDays() {
        SuspensionWindow week = new SuspensionWindow(LocalDate.of(2025, 5, 19), LocalDate.of(2025, 5, 23), "grève", "strike");
        PeriodResult result = PeriodCalculator.compute(LocalDate.of(2025, 5, 14), Period.workingDays(20), EndRule.NEXT_WORKING_DAY,
                UkCalendar.CALENDAR, List.of(week));

        assertThat(result.date()).isEqualTo("2025-06-19");
        assertThat(result.skippedDays()).filteredOn(day -> day.kind() == SkippedDay.Kind.SUSPENSION).hasSize(5);
    }

    @Test
    void aWorkingDayCountIsNeverFranc() {
        assertThatThrownBy(() -> Period.workingDays(20).franc()).isInstanceOf(IllegalArgumentException.class);
    }
}
