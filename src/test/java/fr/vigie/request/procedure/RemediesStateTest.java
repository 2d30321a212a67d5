package fr.vigie.request.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Regime;
import fr.vigie.deadline.WarningCode;

/**
 * Every remedy after the first refusal, recorded on a request: the stage, the next step and its date, each row
 * worked out by hand from the article it cites (months from date to date, franc and extended for the
 * requester's periods, implicit decisions never shifted: LEGAL.md policies A, B, D).
 */
class RemediesStateTest {

    record Row(Regime regime, List<Fact> facts, String today, RequestStage stage, NextStep step, String date) {
    }

    static Stream<Arguments> rows() {
        List<Fact> finalRefusal = List.of(at(RequestEventType.SENT, "2023-11-13"), at(RequestEventType.CADA_REFERRAL_SENT, "2024-01-03"),
                at(RequestEventType.CADA_REGISTERED, "2024-01-05"), avis("2024-02-01"),
                decision(RequestEventType.DECISION_AFTER_AVIS, "2024-02-20", null));
        List<Fact> gracieux = plus(finalRefusal, at(RequestEventType.RECOURS_GRACIEUX_RECEIVED, "2024-03-01"));
        List<Fact> gdprRefused = List.of(at(RequestEventType.SENT, "2025-01-06"), decision(RequestEventType.ANSWER, "2025-01-20", null));
        List<Fact> cnil = plus(gdprRefused, at(RequestEventType.CNIL_COMPLAINT_RECEIVED, "2025-02-10"));
        List<Fact> judged = plus(plus(plus(finalRefusal, at(RequestEventType.COURT_FILED, "2024-04-02")),
                at(RequestEventType.JUDGMENT, "2025-01-10")), at(RequestEventType.JUDGMENT_NOTIFIED, "2025-01-15"));
        return Stream.of(
                // refused after the avis on Tue 20 Feb 2024: court by 20 Apr + 1 (franc) = Sun 21 Apr → Mon 22 Apr (R421-1, CPC 642)
                row("refusal after the avis: the court", Regime.FR_CRPA, finalRefusal, "2024-02-25", RequestStage.FINAL_REFUSAL,
                        NextStep.COURT_BY, "2024-04-22"),
                // recours gracieux received 1 Mar 2024 within the court period: the body's silence rejects it on 1 May (L411-2, L231-4)
                row("recours gracieux under way", Regime.FR_CRPA, gracieux, "2024-03-10", RequestStage.UNDER_REVIEW,
                        NextStep.RECOURS_GRACIEUX_IMPLICIT_REJECTION, "2024-05-01"),
                // rejected by silence on 1 May 2024: a new court period, 1 Jul + 1 (franc) = Tue 2 Jul 2024 (L411-2, R421-1)
                row("recours gracieux rejected by silence", Regime.FR_CRPA, gracieux, "2024-05-01", RequestStage.FINAL_REFUSAL,
                        NextStep.COURT_BY, "2024-07-02"),
                // rejected expressly on 15 Mar 2024: court by 15 May + 1 = Thu 16 May 2024
                row("recours gracieux rejected expressly", Regime.FR_CRPA,
                        plus(gracieux, decision(RequestEventType.RECOURS_GRACIEUX_REJECTED, "2024-03-15", null)), "2024-03-20",
                        RequestStage.FINAL_REFUSAL, NextStep.COURT_BY, "2024-05-16"),
                // judgment notified Wed 15 Jan 2025: cassation by 15 Mar + 1 = Sun 16 Mar → Mon 17 Mar 2025 (R811-1 2°, R821-1)
                row("judgment notified: cassation", Regime.FR_CRPA, judged, "2025-01-20", RequestStage.JUDGED,
                        NextStep.JUDGMENT_APPEAL_BY, "2025-03-17"),
                // GDPR refused: the complaint to the CNIL has no filing deadline (art. 77)
                row("GDPR refusal: the CNIL", Regime.FR_GDPR, gdprRefused, "2025-01-25", RequestStage.REFUSED,
                        NextStep.COMPLAIN_TO_CNIL, null),
                // complaint received 10 Feb 2025: silence for three months rejects it on 10 May (décret 2019-536 art. 10)
                row("before the CNIL", Regime.FR_GDPR, cnil, "2025-02-20", RequestStage.BEFORE_CNIL,
                        NextStep.CNIL_IMPLICIT_REJECTION, "2025-05-10"),
                // rejected by silence on Sat 10 May 2025: the Conseil d'État by 10 Jul + 1 = Fri 11 Jul 2025 (R311-1 4° CJA, R421-1)
                row("the CNIL's silence: the Conseil d'État", Regime.FR_GDPR, cnil, "2025-05-10", RequestStage.FINAL_REFUSAL,
                        NextStep.CONSEIL_ETAT_BY, "2025-07-11"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyRemedyHasItsStageAndStep(String name, Row row) {
        ProcedureState state = StateResolver.resolve(new StateResolver.Context(row.regime(), "75", SendingChannel.EMAIL),
                new Timeline(row.facts()), LocalDate.parse(row.today()));
        assertThat(state.stage()).isEqualTo(row.stage());
        assertThat(state.nextAction().step()).isEqualTo(row.step());
        assertThat(state.nextAction().date()).isEqualTo(row.date() == null ? null : LocalDate.parse(row.date()));
    }

    static Stream<Arguments> residences() {
        return Stream.of(
                // refused after the avis on Tue 20 Feb 2024, Paris tribunal: 2 months, 20 Apr + 1 (franc) = Sun 21 → Mon 22 Apr
                Arguments.of("75", null, "2024-04-22"),
                Arguments.of("75", "METROPOLE", "2024-04-22"),
                // living overseas before a metropolitan tribunal: + 1 month (R421-7 al. 1), 20 May + 1 = Tue 21 May 2024
                Arguments.of("75", "OVERSEAS", "2024-05-21"),
                // living abroad: + 2 months (R421-7 al. 2), 20 Jun + 1 = Fri 21 Jun 2024
                Arguments.of("75", "ABROAD", "2024-06-21"),
                // living in metropolitan France before the tribunal of Guadeloupe: + 1 month (R421-7 al. 1)
                Arguments.of("971", "METROPOLE", "2024-05-21"));
    }

    /** The requester's residence, stored on the request, lengthens the court period as the calculator does (CJA R421-7). */
    @ParameterizedTest(name = "body in {0}, requester living {1}: court by {2}")
    @MethodSource("residences")
    void theResidenceLengthensTheCourtPeriod(String territory, String residence, String courtBy) {
        List<Fact> finalRefusal = List.of(at(RequestEventType.SENT, "2023-11-13"), at(RequestEventType.CADA_REFERRAL_SENT, "2024-01-03"),
                at(RequestEventType.CADA_REGISTERED, "2024-01-05"), avis("2024-02-01"),
                decision(RequestEventType.DECISION_AFTER_AVIS, "2024-02-20", null));
        StateResolver.Context context = new StateResolver.Context(Regime.FR_CRPA, territory, SendingChannel.EMAIL,
                residence == null ? null : fr.vigie.deadline.Residence.valueOf(residence));
        ProcedureState state = StateResolver.resolve(context, new Timeline(finalRefusal), LocalDate.parse("2024-02-25"));
        assertThat(state.nextAction().step()).isEqualTo(NextStep.COURT_BY);
        assertThat(state.nextAction().date()).isEqualTo(LocalDate.parse(courtBy));
    }

    /** A refusal that does not state the remedies makes the deadlines unenforceable: the one-year limit appears (R421-5 CJA). */
    @org.junit.jupiter.api.Test
    void aRefusalWithoutTheRemediesShowsTheOneYearLimit() {
        List<Fact> stated = List.of(at(RequestEventType.SENT, "2025-03-03"), decision(RequestEventType.ANSWER, "2025-03-20", true));
        List<Fact> omitted = List.of(at(RequestEventType.SENT, "2025-03-03"), decision(RequestEventType.ANSWER, "2025-03-20", false));
        StateResolver.Context crpa = new StateResolver.Context(Regime.FR_CRPA, "75", SendingChannel.EMAIL);
        assertThat(StateResolver.resolve(crpa, new Timeline(stated), LocalDate.parse("2025-03-25")).deadlines())
                .extracting(d -> d.key()).doesNotContain(DeadlineKey.ONE_YEAR_LIMIT);
        assertThat(StateResolver.resolve(crpa, new Timeline(omitted), LocalDate.parse("2025-03-25")).deadlines())
                .filteredOn(d -> d.key() == DeadlineKey.ONE_YEAR_LIMIT).extracting(d -> d.date())
                .containsExactly(LocalDate.parse("2026-03-20"));
    }

    /** A referral sent after the R343-1 period: the state says so, and the chain ignores it (LATE_CADA_REFERRAL). */
    @org.junit.jupiter.api.Test
    void aLateReferralIsWarnedAbout() {
        // sent 6 Jan 2025 by e-mail: implicit refusal 6 Feb, referral by 7 Apr (franc); sent 1 May
        List<Fact> facts = List.of(at(RequestEventType.SENT, "2025-01-06"), at(RequestEventType.CADA_REFERRAL_SENT, "2025-05-01"));
        ProcedureState state = StateResolver.resolve(new StateResolver.Context(Regime.FR_CRPA, "75", SendingChannel.EMAIL),
                new Timeline(facts), LocalDate.parse("2025-05-02"));
        assertThat(state.warnings()).extracting(w -> w.code()).contains(WarningCode.LATE_CADA_REFERRAL);
    }

    private static Arguments row(String name, Regime regime, List<Fact> facts, String today, RequestStage stage, NextStep step,
            String date) {
        return Arguments.of(name, new Row(regime, facts, today, stage, step, date));
    }

    private static Fact at(RequestEventType type, String date) {
        return Fact.of(type, LocalDate.parse(date));
    }

    private static Fact avis(String date) {
        return new Fact(RequestEventType.CADA_AVIS, LocalDate.parse(date), null, null, null, Avis.FAVOURABLE);
    }

    private static Fact decision(RequestEventType type, String date, Boolean remediesStated) {
        Outcome outcome = type == RequestEventType.RECOURS_GRACIEUX_REJECTED ? null : Outcome.REFUSED;
        return new Fact(type, LocalDate.parse(date), outcome, null, null, null, remediesStated);
    }

    private static List<Fact> plus(List<Fact> facts, Fact more) {
        List<Fact> all = new ArrayList<>(facts);
        all.add(more);
        return all;
    }
}
