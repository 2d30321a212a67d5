package fr.vigie.request.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.Party;
import fr.vigie.deadline.Regime;

/**
 * A CADA request's life, step by step (LEGAL.md worked example 12 extended): each row adds what
 * happened and sets the date; the stage, next action and overdue date were worked out by hand.
 */
class StateResolverTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Fact fact(RequestEventType type, String date) {
        return Fact.of(type, d(date));
    }

    static Fact answer(RequestEventType type, String date, Outcome outcome) {
        return new Fact(type, d(date), outcome, null, null, null);
    }

    /** row: facts known, today → stage, next action key, its date, who acts, overdue since. */
    static Stream<Arguments> crpaLife() {
        List<Fact> facts = new ArrayList<>();
        List<Arguments> rows = new ArrayList<>();
        rows.add(row(facts, "2023-11-09", RequestStage.DRAFT, "SEND", null, Party.REQUESTER, null));
        facts.add(new Fact(RequestEventType.SENT, d("2023-11-10"), null, null, SendingChannel.POST, null));
        // policy E: post without avis de réception, received 3 days later (13 Nov) → silence refusal 13 Dec
        rows.add(row(facts, "2023-11-12", RequestStage.AWAITING_ANSWER, "IMPLICIT_REFUSAL", "2023-12-13", Party.ADMINISTRATION, null));
        facts.add(new Fact(RequestEventType.RECEIVED, d("2023-11-14"), null, true, null, null));
        rows.add(row(facts, "2023-12-01", RequestStage.AWAITING_ANSWER, "IMPLICIT_REFUSAL", "2023-12-14", Party.ADMINISTRATION, null));
        // policy A: the implicit refusal arises on its calendar date
        rows.add(row(facts, "2023-12-14", RequestStage.REFUSED, "CADA_REFERRAL_BY", "2024-02-15", Party.REQUESTER, null));
        rows.add(row(facts, "2024-01-02", RequestStage.REFUSED, "CADA_REFERRAL_BY", "2024-02-15", Party.REQUESTER, "2023-12-15"));
        facts.add(fact(RequestEventType.CADA_REFERRAL_SENT, "2024-01-03"));
        rows.add(row(facts, "2024-01-04", RequestStage.UNDER_REVIEW, "AWAIT_CADA_REGISTRATION", null, Party.CADA, null));
        facts.add(fact(RequestEventType.CADA_REGISTERED, "2024-01-05"));
        rows.add(row(facts, "2024-01-10", RequestStage.UNDER_REVIEW, "CADA_AVIS_DUE", "2024-02-05", Party.CADA, null));
        rows.add(row(facts, "2024-02-10", RequestStage.UNDER_REVIEW, "CADA_AVIS_DUE", "2024-02-05", Party.CADA, "2024-02-06"));
        facts.add(fact(RequestEventType.CADA_AVIS, "2024-02-20"));
        rows.add(row(facts, "2024-02-25", RequestStage.AWAITING_DECISION, "BODY_ANSWER_TO_AVIS_DUE", "2024-03-20", Party.ADMINISTRATION, null));
        // R343-5: two months after registration without a decision, the refusal is confirmed (5 March)
        rows.add(row(facts, "2024-03-05", RequestStage.FINAL_REFUSAL, "COURT_BY", "2024-05-06", Party.REQUESTER, null));
        facts.add(answer(RequestEventType.DECISION_AFTER_AVIS, "2024-03-10", Outcome.REFUSED));
        // franc two months from 10 March: 11 May is a Saturday → Monday 13 May
        rows.add(row(facts, "2024-03-11", RequestStage.FINAL_REFUSAL, "COURT_BY", "2024-05-13", Party.REQUESTER, null));
        facts.add(fact(RequestEventType.COURT_FILED, "2024-04-02"));
        rows.add(row(facts, "2024-04-03", RequestStage.IN_COURT, "FOLLOW_COURT_CASE", null, Party.REQUESTER, null));
        facts.add(fact(RequestEventType.JUDGMENT, "2025-06-30"));
        rows.add(row(facts, "2025-07-01", RequestStage.JUDGED, "ENFORCE_OR_APPEAL", null, Party.REQUESTER, null));
        facts.add(fact(RequestEventType.CLOSED, "2025-09-01"));
        rows.add(Arguments.of(List.copyOf(facts), d("2025-09-02"), RequestStage.CLOSED, null, null, null, null));
        return rows.stream();
    }

    private static Arguments row(List<Fact> facts, String today, RequestStage stage, String key, String date,
            Party party, String overdueSince) {
        return Arguments.of(List.copyOf(facts), d(today), stage, key, date == null ? null : d(date), party,
                overdueSince == null ? null : d(overdueSince));
    }

    @ParameterizedTest(name = "{1}: {2} → {3} {4}")
    @MethodSource("crpaLife")
    void crpaRequestLife(List<Fact> facts, LocalDate today, RequestStage stage, String key, LocalDate date,
            Party party, LocalDate overdueSince) {
        ProcedureState state = StateResolver.resolve(new StateResolver.Context(Regime.FR_CRPA, "75", SendingChannel.POST), new Timeline(facts), today);
        assertThat(state.stage()).isEqualTo(stage);
        if (key == null) {
            assertThat(state.nextAction()).isNull();
        } else {
            assertThat(state.nextAction()).extracting(a -> a.step().name(), NextAction::date, NextAction::party).containsExactly(key, date, party);
        }
        assertThat(state.overdueSince()).isEqualTo(overdueSince);
    }

    @Test
    void fullChainDeadlinesMatchWorkedExample12() {
        List<Fact> facts = List.of(fact(RequestEventType.SENT, "2023-11-13"),
                new Fact(RequestEventType.RECEIVED, d("2023-11-14"), null, true, null, null),
                fact(RequestEventType.CADA_REFERRAL_SENT, "2024-01-03"), fact(RequestEventType.CADA_REGISTERED, "2024-01-05"));
        ProcedureState state = StateResolver.resolve(new StateResolver.Context(Regime.FR_CRPA, null, SendingChannel.EMAIL), new Timeline(facts), d("2024-01-06"));
        assertThat(state.deadlines()).extracting(d -> d.key().name(), Deadline::date).contains(
                org.assertj.core.groups.Tuple.tuple("IMPLICIT_REFUSAL", d("2023-12-14")),
                org.assertj.core.groups.Tuple.tuple("CADA_REFERRAL_BY", d("2024-02-15")),
                org.assertj.core.groups.Tuple.tuple("CONFIRMED_REFUSAL", d("2024-03-05")),
                org.assertj.core.groups.Tuple.tuple("COURT_BY", d("2024-05-06")));
        assertThat(state.receiptEstimated()).isFalse();
        assertThat(state.receipt()).isEqualTo(d("2023-11-14"));
    }

    @Test
    void anExpressRefusalStartsTheCadaPeriodAtOnce() {
        List<Fact> facts = List.of(fact(RequestEventType.SENT, "2025-03-03"),
                answer(RequestEventType.ANSWER, "2025-03-20", Outcome.PARTIAL));
        ProcedureState state = StateResolver.resolve(new StateResolver.Context(Regime.FR_CRPA, null, SendingChannel.EMAIL), new Timeline(facts), d("2025-03-21"));
        assertThat(state.stage()).isEqualTo(RequestStage.REFUSED);
        // franc two months from 20 March: 21 May 2025 (a Wednesday)
        assertThat(state.nextAction()).extracting(a -> a.step().name(), NextAction::date, NextAction::party).containsExactly("CADA_REFERRAL_BY", d("2025-05-21"), Party.REQUESTER);
        assertThat(state.overdueSince()).isNull();
    }

    /** L114-3 al. 1 CRPA: the period runs from receipt by the body first seized; a transfer does not restart it. */
    @Test
    void aTransferKeepsTheClockOfTheFirstReceipt() {
        List<Fact> facts = List.of(fact(RequestEventType.SENT, "2025-03-03"), fact(RequestEventType.TRANSFERRED, "2025-03-20"));
        ProcedureState state = StateResolver.resolve(new StateResolver.Context(Regime.FR_CRPA, null, SendingChannel.EMAIL), new Timeline(facts), d("2025-03-21"));
        assertThat(state.nextAction()).extracting(a -> a.step().name(), NextAction::date, NextAction::party).containsExactly("IMPLICIT_REFUSAL", d("2025-04-03"), Party.ADMINISTRATION);
        assertThat(state.receiptEstimated()).isTrue();
    }

    @Test
    void aFullAnswerSettlesTheRequest() {
        List<Fact> facts = List.of(fact(RequestEventType.SENT, "2025-03-03"), answer(RequestEventType.ANSWER, "2025-03-20", Outcome.FULL));
        ProcedureState state = StateResolver.resolve(new StateResolver.Context(Regime.FR_CRPA, null, SendingChannel.EMAIL), new Timeline(facts), d("2025-06-01"));
        assertThat(state.stage()).isEqualTo(RequestStage.ANSWERED);
        assertThat(state.nextAction()).isNull();
        assertThat(state.overdueSince()).isNull();
    }

    @Test
    void gdprResponseIsOverdueTheDayAfterItsDeadline() {
        // LEGAL.md example 13: received Sun 9 March 2025 → answer due 9 April 2025
        List<Fact> facts = List.of(fact(RequestEventType.SENT, "2025-03-09"));
        ProcedureState due = StateResolver.resolve(new StateResolver.Context(Regime.FR_GDPR, null, SendingChannel.EMAIL), new Timeline(facts), d("2025-04-09"));
        assertThat(due.nextAction()).extracting(a -> a.step().name(), NextAction::date, NextAction::party).containsExactly("RESPONSE_DUE", d("2025-04-09"), Party.ADMINISTRATION);
        assertThat(due.overdueSince()).isNull();
        ProcedureState late = StateResolver.resolve(new StateResolver.Context(Regime.FR_GDPR, null, SendingChannel.EMAIL), new Timeline(facts), d("2025-04-10"));
        assertThat(late.overdueSince()).isEqualTo(d("2025-04-10"));
        assertThat(late.stage()).isEqualTo(RequestStage.AWAITING_ANSWER);
    }

    @Test
    void usFoiaRefusalThenAppeal() {
        // LEGAL.md example 14: received Mon 3 Nov 2025 → determination due 3 Dec 2025
        List<Fact> facts = new ArrayList<>(List.of(fact(RequestEventType.SENT, "2025-11-03")));
        assertThat(StateResolver.resolve(new StateResolver.Context(Regime.US_FOIA, null, SendingChannel.EMAIL), new Timeline(facts), d("2025-11-04")).nextAction())
                .extracting(a -> a.step().name(), NextAction::date, NextAction::party).containsExactly("RESPONSE_DUE", d("2025-12-03"), Party.ADMINISTRATION);
        facts.add(answer(RequestEventType.ANSWER, "2025-12-01", Outcome.REFUSED));
        ProcedureState refused = StateResolver.resolve(new StateResolver.Context(Regime.US_FOIA, null, SendingChannel.EMAIL), new Timeline(facts), d("2025-12-02"));
        assertThat(refused.stage()).isEqualTo(RequestStage.REFUSED);
        assertThat(refused.nextAction().step().name()).isEqualTo("APPEAL_BY");
        assertThat(refused.nextAction().date()).isEqualTo(d("2026-03-01"));
    }
}
