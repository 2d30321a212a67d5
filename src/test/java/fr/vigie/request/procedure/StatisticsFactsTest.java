package fr.vigie.request.procedure;

import static fr.vigie.request.procedure.RequestStage.ANSWERED;
import static fr.vigie.request.procedure.RequestStage.AWAITING_ANSWER;
import static fr.vigie.request.procedure.RequestStage.AWAITING_DECISION;
import static fr.vigie.request.procedure.RequestStage.DRAFT;
import static fr.vigie.request.procedure.RequestStage.FINAL_REFUSAL;
import static fr.vigie.request.procedure.RequestStage.IN_COURT;
import static fr.vigie.request.procedure.RequestStage.REFUSED;
import static fr.vigie.request.procedure.RequestEventType.ANSWER;
import static fr.vigie.request.procedure.RequestEventType.CADA_AVIS;
import static fr.vigie.request.procedure.RequestEventType.CADA_REFERRAL_SENT;
import static fr.vigie.request.procedure.RequestEventType.CADA_REGISTERED;
import static fr.vigie.request.procedure.RequestEventType.DECISION_AFTER_AVIS;
import static fr.vigie.request.procedure.RequestEventType.RECEIVED;
import static fr.vigie.request.procedure.RequestEventType.SENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;

/** Each row: live events (in any order), stored stage and deadlines → the facts, worked out by hand. */
class StatisticsFactsTest {

    private static final List<Deadline> DUE_6_FEB = List.of(due("IMPLICIT_REFUSAL", "2025-02-06"),
            due("CADA_REFERRAL_BY", "2025-04-07"));

    static Stream<Arguments> rows() {
        return Stream.of(
                row("a draft: nothing", List.of(), DRAFT, List.of(),
                        facts(null, null, null, false, false, null, false)),
                row("sent, silent: only the sending and the deadline count",
                        List.of(at(SENT, "2025-01-06"), at(RECEIVED, "2025-01-07")), AWAITING_ANSWER, DUE_6_FEB,
                        facts("2025-01-06", null, "2025-02-06", false, false, null, false)),
                row("the latest answer deadline, not the referral's; the first answer, whatever comes first in the list",
                        List.of(answer(ANSWER, "2025-03-01", Outcome.PARTIAL), at(SENT, "2025-01-06"),
                                answer(ANSWER, "2025-02-20", Outcome.FULL)),
                        REFUSED, List.of(due("RESPONSE_DUE", "2025-02-05"), due("EXTENDED_RESPONSE_DUE", "2025-03-07"),
                                due("CADA_REFERRAL_BY", "2025-05-02")),
                        facts("2025-01-06", "2025-02-20", "2025-03-07", true, false, null, false)),
                row("not held is a refusal", List.of(at(SENT, "2025-01-06"), answer(ANSWER, "2025-01-20", Outcome.NOT_HELD)),
                        REFUSED, DUE_6_FEB, facts("2025-01-06", "2025-01-20", "2025-02-06", true, false, null, false)),
                row("'other' is no refusal", List.of(at(SENT, "2025-01-06"), answer(ANSWER, "2025-01-20", Outcome.OTHER)),
                        ANSWERED, DUE_6_FEB, facts("2025-01-06", "2025-01-20", "2025-02-06", false, false, null, false)),
                row("favourable avis, then refused again", cada(Avis.FAVOURABLE, Outcome.REFUSED), FINAL_REFUSAL, DUE_6_FEB,
                        facts("2025-01-02", null, "2025-02-06", false, true, Avis.FAVOURABLE, true)),
                row("favourable avis, then silence confirmed the refusal", cada(Avis.FAVOURABLE, null), FINAL_REFUSAL,
                        DUE_6_FEB, facts("2025-01-02", null, "2025-02-06", false, true, Avis.FAVOURABLE, true)),
                row("favourable avis, the body's time runs", cada(Avis.FAVOURABLE, null), AWAITING_DECISION, DUE_6_FEB,
                        facts("2025-01-02", null, "2025-02-06", false, true, Avis.FAVOURABLE, false)),
                row("partly favourable, partly refused after it, now in court", cada(Avis.PARTLY_FAVOURABLE, Outcome.PARTIAL),
                        IN_COURT, DUE_6_FEB, facts("2025-01-02", null, "2025-02-06", false, true, Avis.PARTLY_FAVOURABLE, true)),
                row("favourable avis followed", cada(Avis.FAVOURABLE, Outcome.FULL), ANSWERED, DUE_6_FEB,
                        facts("2025-01-02", null, "2025-02-06", false, true, Avis.FAVOURABLE, false)),
                row("unfavourable avis: a refusal ignores nothing", cada(Avis.UNFAVOURABLE, Outcome.REFUSED), FINAL_REFUSAL,
                        DUE_6_FEB, facts("2025-01-02", null, "2025-02-06", false, true, Avis.UNFAVOURABLE, false)),
                row("two avis: the greatest name is kept, any favourable one counts",
                        Stream.concat(cada(Avis.FAVOURABLE, Outcome.REFUSED).stream(),
                                Stream.of(avis("2025-02-25", Avis.INADMISSIBLE))).toList(),
                        FINAL_REFUSAL, DUE_6_FEB, facts("2025-01-02", null, "2025-02-06", false, true, Avis.INADMISSIBLE, true)),
                row("answered but never sent: left out of the statistics by its null sending",
                        List.of(answer(ANSWER, "2025-01-20", Outcome.FULL)), ANSWERED, List.of(),
                        facts(null, "2025-01-20", null, false, false, null, false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void factsOfATimeline(String name, List<Fact> timeline, RequestStage stage, List<Deadline> deadlines,
            StatisticsFacts expected) {
        assertThat(StatisticsFacts.of(timeline, stage, deadlines)).isEqualTo(expected);
    }

    private static Arguments row(String name, List<Fact> timeline, RequestStage stage, List<Deadline> deadlines,
            StatisticsFacts expected) {
        return Arguments.of(name, timeline, stage, deadlines, expected);
    }

    /** Sent 2 January, referred to the CADA, its avis, and the body's decision after it (null: none yet). */
    private static List<Fact> cada(Avis avis, Outcome decision) {
        List<Fact> facts = List.of(at(SENT, "2025-01-02"), at(CADA_REFERRAL_SENT, "2025-02-10"),
                at(CADA_REGISTERED, "2025-02-12"), avis("2025-02-20", avis));
        return decision == null ? facts
                : Stream.concat(facts.stream(), Stream.of(answer(DECISION_AFTER_AVIS, "2025-03-01", decision))).toList();
    }

    private static Fact at(RequestEventType type, String date) {
        return Fact.of(type, LocalDate.parse(date));
    }

    private static Fact answer(RequestEventType type, String date, Outcome outcome) {
        return new Fact(type, LocalDate.parse(date), outcome, null, null, null);
    }

    private static Fact avis(String date, Avis avis) {
        return new Fact(CADA_AVIS, LocalDate.parse(date), null, null, null, avis);
    }

    private static Deadline due(String key, String date) {
        return new Deadline(DeadlineKey.valueOf(key), LocalDate.parse(date), "R311-13 CRPA", null, List.of());
    }

    private static StatisticsFacts facts(String sent, String firstAnswer, String answerDue, boolean refused,
            boolean referred, Avis avis, boolean favourableIgnored) {
        return new StatisticsFacts(date(sent), date(firstAnswer), date(answerDue), refused, referred, avis, favourableIgnored);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
