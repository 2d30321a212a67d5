package fr.vigie.deadline;

import static fr.vigie.deadline.Procedures.compute;
import static fr.vigie.deadline.Procedures.get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.deadline.period.SkippedDay;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    /** Example 8: the skipped Saturday is named by its holiday. */
    private final Deadline court = get(compute(Regime.FR_CRPA, "FINAL_REFUSAL=2025-08-31"), DeadlineKey.COURT_BY);

    @Test
    void frenchText() {
        assertThat(court.explanation().fr()).isEqualTo("""
                Recours devant le tribunal administratif : 2 mois francs à compter de : notification du refus après l'avis, \
                dimanche 31 août 2025 (CJA R421-1, R421-2).
                Échéance nominale : vendredi 31 octobre 2025. Délai franc : dernier jour samedi 1er novembre 2025.
                Report au premier jour ouvrable suivant (CPC 642 ; CE 13/05/2015 n° 368892) :
                - samedi 1er novembre 2025 : jour férié (Toussaint)
                - dimanche 2 novembre 2025 : dimanche
                Date : lundi 3 novembre 2025.""");
    }

    @Test
    void englishText() {
        assertThat(court.explanation().text(Locale.UK)).isEqualTo(court.explanation().en()).isEqualTo("""
                Action before the administrative court: 2 months (délai franc) from: notification of the refusal after the opinion, \
                Sunday 31 August 2025 (CJA R421-1, R421-2).
                Nominal end: Friday 31 October 2025. Délai franc: last day Saturday 1 November 2025.
                Moved to the next working day (CPC 642 ; CE 13/05/2015 n° 368892):
                - Saturday 1 November 2025: public holiday (All Saints' Day)
                - Sunday 2 November 2025: Sunday
                Date: Monday 3 November 2025.""");
    }

    @Test
    void skippedDaysAreData() {
        assertThat(court.explanation().skippedDays()).containsExactly(
                new SkippedDay(LocalDate.of(2025, 11, 1), SkippedDay.Kind.HOLIDAY, "jour férié (Toussaint)", "public holiday (All Saints' Day)"),
                new SkippedDay(LocalDate.of(2025, 11, 2), SkippedDay.Kind.WEEKEND, "dimanche", "Sunday"));
        assertThat(court.explanation().trigger()).isEqualTo("2025-08-31");
        assertThat(court.explanation().period().periodEnd()).isEqualTo("2025-11-01");
    }

    @Test
    void workingDayCountNamesHolidaysAndCountsWeekends() {
        Deadline response = get(compute(Regime.US_FOIA, "REQUEST_RECEIVED=2025-11-03"), DeadlineKey.RESPONSE_DUE);

        assertThat(response.explanation().en()).isEqualTo("""
                Response due: 20 working days from: receipt of the request, Monday 3 November 2025 (5 U.S.C. 552(a)(6)(A)(i)).
                Days not counted: Tuesday 11 November 2025: public holiday (Veterans Day); \
                Thursday 27 November 2025: public holiday (Thanksgiving Day); 8 Saturday(s) or Sunday(s).
                Date: Wednesday 3 December 2025.""");
        assertThat(response.explanation().skippedDays()).hasSize(10);
    }
}
