package fr.vigie.deadline;

import static fr.vigie.deadline.Procedures.compute;
import static fr.vigie.deadline.Procedures.events;
import static fr.vigie.deadline.Procedures.get;
import static fr.vigie.deadline.Procedures.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.vigie.deadline.period.SkippedDay;
import fr.vigie.deadline.period.SuspensionWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test (or more) per policy A-I of LEGAL.md. */
class PoliciesTest {

    @Test
    void policyA_implicitDecisionsArePutOnTheirCalendarDate() {
        List<Deadline> deadlines = compute(Regime.FR_CRPA, "REQUEST_RECEIVED=2025-10-01;CADA_REGISTERED=2025-11-04");

        assertThat(get(deadlines, DeadlineKey.IMPLICIT_REFUSAL).date()).isEqualTo("2025-11-01"); // Saturday, Toussaint
        assertThat(get(deadlines, DeadlineKey.CONFIRMED_REFUSAL).date()).isEqualTo("2026-01-04"); // Sunday
        assertThat(get(deadlines, DeadlineKey.IMPLICIT_REFUSAL).explanation().fr())
                .contains("Date non reportée bien que ce jour ne soit pas ouvré (jour férié (Toussaint)).");
    }

    @Test
    void policyB_theEarlierReadingIsTheActByDateAndTheOtherIsShown() {
        Deadline court = get(compute(Regime.FR_CRPA, "FINAL_REFUSAL=2024-12-30"), DeadlineKey.COURT_BY);

        assertThat(court.date()).isEqualTo("2025-02-28");
        assertThat(court.alsoPossible()).singleElement().satisfies(other -> {
            assertThat(other.date()).isEqualTo("2025-03-03");
            assertThat(other.reason(Locale.FRENCH)).isEqualTo(other.reasonFr()).contains("politique B");
            assertThat(other.reasonEn()).contains("policy B");
        });
    }

    /** LEGAL.md says the readings differ after a 29th-31st; after 28 Feb reading A is the earlier one. */
    @Test
    void policyB_afterTheLastDayOfAShortMonthReadingAIsTheEarlier() {
        Deadline court = get(compute(Regime.FR_CRPA, "FINAL_REFUSAL=2025-02-28"), DeadlineKey.COURT_BY);

        assertThat(court.date()).isEqualTo("2025-04-29");
        assertThat(court.alsoPossible()).extracting(AlsoPossible::date).containsExactly(LocalDate.parse("2025-05-02"));
        assertThat(court.alsoPossible().get(0).reasonFr()).contains("comptés à partir du lendemain");
    }

    @Test
    void policyB_nothingToShowWhenBothReadingsAgree() {
        assertThat(get(compute(Regime.FR_CRPA, "FINAL_REFUSAL=2024-12-31"), DeadlineKey.COURT_BY).alsoPossible()).isEmpty();
    }

    /**
     * Policy C: Alsace-Moselle's 26 Dec and Guadeloupe's 27 May only inform; the act-by date stays national. A
     * requester living in Guadeloupe before the tribunal of Basse-Terre has no distance period (CJA R421-7).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "67, FR_CRPA, FINAL_REFUSAL=2025-10-24, COURT_BY, 2025-12-26, 2025-12-29",
            "971, FR_CRPA, FINAL_REFUSAL=2025-03-26, COURT_BY, 2025-05-27, 2025-05-28",
            "57, FR_GDPR, REQUEST_RECEIVED=2025-11-26, RESPONSE_DUE, 2025-12-26, 2025-12-29"})
    void policyC_localHolidaysGiveALaterDateForInformationOnly(String territory, Regime regime, String events,
                                                                DeadlineKey key, LocalDate actBy, LocalDate local) {
        ProcedureInput input = ProcedureInput.of(regime, territory, events(events)).withRequesterResidence(
                Territory.parse(territory).isOverseas() ? Residence.OVERSEAS : Residence.METROPOLE);
        Deadline deadline = get(compute(input), key);

        assertThat(deadline.date()).isEqualTo(actBy);
        assertThat(deadline.alsoPossible()).filteredOn(other -> other.reasonEn().contains("policy C")).singleElement()
                .satisfies(other -> assertThat(other.date()).isEqualTo(local));
    }

    @Test
    void policyC_noLocalDateForAnImplicitDecision() {
        Deadline implicit = get(compute(ProcedureInput.of(Regime.FR_CRPA, "67", events("REQUEST_RECEIVED=2025-11-26"))),
                DeadlineKey.IMPLICIT_REFUSAL);

        assertThat(implicit.date()).isEqualTo("2025-12-26");
        assertThat(implicit.alsoPossible()).isEmpty();
    }

    @Test
    void policyD_administrationDeadlinesArePlainAndNotMoved() {
        List<Deadline> deadlines = compute(Regime.FR_CRPA,
                "CADA_REGISTERED=2025-10-01;CADA_AVIS_RECEIVED=2025-10-01;REQUEST_RECEIVED=2025-06-01;REASONS_REQUESTED=2025-10-01");

        assertThat(get(deadlines, DeadlineKey.CADA_AVIS_DUE).date()).isEqualTo("2025-11-01");
        assertThat(get(deadlines, DeadlineKey.BODY_ANSWER_TO_AVIS_DUE).date()).isEqualTo("2025-11-01");
        assertThat(get(deadlines, DeadlineKey.REASONS_DUE).date()).isEqualTo("2025-11-01");
    }

    @Test
    void policyE_estimatedReceiptThenTheRealDateRecomputesEverything() {
        LocalDate posted = LocalDate.of(2025, 2, 28);
        LocalDate estimated = ReceiptEstimate.estimate(ReceiptEstimate.Channel.POST, posted);
        assertThat(estimated).isEqualTo("2025-03-03");
        assertThat(ReceiptEstimate.estimate(ReceiptEstimate.Channel.EMAIL, posted)).isEqualTo(posted);
        assertThat(ReceiptEstimate.estimate(ReceiptEstimate.Channel.ONLINE_FORM, posted)).isEqualTo(posted);

        List<Deadline> withEstimate = compute(Regime.FR_CRPA, "REQUEST_RECEIVED=" + estimated);
        List<Deadline> withRealDate = compute(Regime.FR_CRPA, "REQUEST_RECEIVED=2025-03-04");

        assertThat(withEstimate).extracting(Deadline::date).containsExactly(LocalDate.parse("2025-04-03"), LocalDate.parse("2025-06-04"));
        assertThat(withRealDate).extracting(Deadline::date).containsExactly(LocalDate.parse("2025-04-04"), LocalDate.parse("2025-06-05"));
    }

    /**
     * Policy F: without a compliant acknowledgement the strict dates stay the act-by dates, and the one-year limit
     * (Czabaj) is its own key, from the decision of the stage the procedure is at: here the refusal confirmed
     * after the referral (2024-03-05), the referral being made; before it, the implicit refusal (2023-12-14).
     */
    @Test
    void policyF_withoutAcknowledgementTheOneYearLimitIsItsOwnDeadline() {
        ProcedureInput procedure = input(Regime.FR_CRPA, "REQUEST_RECEIVED=2023-11-14;CADA_REGISTERED=2024-01-05").withAcknowledged(false);
        List<Deadline> deadlines = compute(procedure);

        assertThat(get(deadlines, DeadlineKey.CADA_REFERRAL_BY).date()).isEqualTo("2024-02-15");
        assertThat(get(deadlines, DeadlineKey.COURT_BY).date()).isEqualTo("2024-05-06");
        Deadline limit = get(deadlines, DeadlineKey.ONE_YEAR_LIMIT);
        assertThat(limit.date()).isEqualTo("2025-03-05");
        assertThat(limit.party()).isEqualTo(Party.REQUESTER);
        assertThat(limit.basis()).contains("Czabaj n° 387763", "n° 488227");
        assertThat(limit.explanation().fr()).contains("Délais non opposables (L112-6)", "jamais à compter de la communication des motifs");
        assertThat(deadlines).extracting(Deadline::alsoPossible).allMatch(List::isEmpty);

        Deadline beforeReferral = get(compute(input(Regime.FR_CRPA, "REQUEST_RECEIVED=2023-11-14").withAcknowledged(false)),
                DeadlineKey.ONE_YEAR_LIMIT);
        assertThat(beforeReferral.date()).isEqualTo("2024-12-14");
    }

    @ParameterizedTest(name = "acknowledged = {0}")
    @CsvSource(value = {"true", "null"}, nullValues = "null")
    void policyF_nothingWhenAcknowledgedOrUnknown(Boolean acknowledged) {
        List<Deadline> deadlines = compute(input(Regime.FR_CRPA, "REQUEST_RECEIVED=2023-11-14").withAcknowledged(acknowledged));

        assertThat(get(deadlines, DeadlineKey.CADA_REFERRAL_BY).alsoPossible()).isEmpty();
        assertThat(Procedures.find(deadlines, DeadlineKey.ONE_YEAR_LIMIT)).isEmpty();
    }

    @Test
    void policyG_aSuspensionWindowPushesEveryRunningPeriod() {
        SuspensionWindow emergency = new SuspensionWindow(LocalDate.of(2020, 3, 12), LocalDate.of(2020, 6, 23),
                "état d'urgence sanitaire", "health emergency");
        ProcedureInput procedure = input(Regime.FR_CRPA, "REQUEST_RECEIVED=2020-03-01");

        assertThat(get(compute(procedure), DeadlineKey.IMPLICIT_REFUSAL).date()).isEqualTo("2020-04-01");
        Deadline suspended = get(compute(procedure.withSuspensions(List.of(emergency))), DeadlineKey.IMPLICIT_REFUSAL);
        assertThat(suspended.date()).isEqualTo("2020-07-14");
        assertThat(suspended.explanation().en()).contains("Suspension (health emergency) from Thursday 12 March 2020 to "
                + "Tuesday 23 June 2020: end pushed by 104 day(s).");
    }

    @Test
    void policyH_usObservedDaysAreNotWorkingDays() {
        Deadline response = get(compute(Regime.US_FOIA, "REQUEST_RECEIVED=2021-12-02"), DeadlineKey.RESPONSE_DUE);

        assertThat(response.date()).isEqualTo("2022-01-03");
        assertThat(response.explanation().skippedDays()).filteredOn(day -> day.kind() == SkippedDay.Kind.HOLIDAY)
                .extracting(SkippedDay::date, SkippedDay::reasonEn).containsExactly(
                        tuple(LocalDate.of(2021, 12, 24), "public holiday (Christmas Day (observed))"),
                        tuple(LocalDate.of(2021, 12, 25), "public holiday (Christmas Day)"),
                        tuple(LocalDate.of(2021, 12, 31), "public holiday (New Year's Day (observed))"),
                        tuple(LocalDate.of(2022, 1, 1), "public holiday (New Year's Day)"));
    }

    @Test
    void policyI_receiptOnANonWorkingDayIsTheReceiptDay() {
        assertThat(get(compute(Regime.UK_FOIA, "REQUEST_RECEIVED=2025-05-17"), DeadlineKey.RESPONSE_DUE).date())
                .isEqualTo("2025-06-16");
    }
}
