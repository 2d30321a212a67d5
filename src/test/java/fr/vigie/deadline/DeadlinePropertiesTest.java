package fr.vigie.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.PeriodResult;
import fr.vigie.deadline.period.PeriodUnit;
import fr.vigie.deadline.period.SkippedDay;
import fr.vigie.deadline.period.SuspensionWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the engine over random valid procedures of every regime, every event included. */
class DeadlinePropertiesTest {

    private final DeadlineEngine engine = new DeadlineEngine();

    /** The order of the procedure each regime's keys follow (LEGAL.md; ONE_YEAR_LIMIT where its stage is). */
    private static final Map<Regime, List<DeadlineKey>> ORDER = Map.of(
            Regime.FR_CRPA, List.of(DeadlineKey.IMPLICIT_REFUSAL, DeadlineKey.CADA_REFERRAL_BY, DeadlineKey.CADA_AVIS_DUE,
                    DeadlineKey.CONFIRMED_REFUSAL, DeadlineKey.BODY_ANSWER_TO_AVIS_DUE, DeadlineKey.REASONS_DUE,
                    DeadlineKey.ONE_YEAR_LIMIT, DeadlineKey.RECOURS_GRACIEUX_IMPLICIT_REJECTION, DeadlineKey.COURT_BY,
                    DeadlineKey.ONE_YEAR_LIMIT, DeadlineKey.JUDGMENT_APPEAL_BY, DeadlineKey.ENFORCEMENT_REQUEST_FROM),
            Regime.FR_GDPR, List.of(DeadlineKey.RESPONSE_DUE, DeadlineKey.EXTENDED_RESPONSE_DUE, DeadlineKey.CNIL_INFORMATION_DUE,
                    DeadlineKey.CNIL_IMPLICIT_REJECTION, DeadlineKey.CONSEIL_ETAT_BY, DeadlineKey.ONE_YEAR_LIMIT,
                    DeadlineKey.CNIL_INDIRECT_ACCESS_DUE),
            Regime.US_FOIA, List.of(DeadlineKey.RESPONSE_DUE, DeadlineKey.EXTENDED_RESPONSE_DUE, DeadlineKey.APPEAL_BY,
                    DeadlineKey.APPEAL_DECISION_DUE, DeadlineKey.SUIT_FROM, DeadlineKey.SUIT_BY),
            Regime.UK_FOIA, List.of(DeadlineKey.RESPONSE_DUE, DeadlineKey.INTERNAL_REVIEW_REQUEST_BY, DeadlineKey.INTERNAL_REVIEW_DUE,
                    DeadlineKey.ICO_COMPLAINT_BY, DeadlineKey.TRIBUNAL_APPEAL_BY),
            Regime.DE_IFG, List.of(DeadlineKey.RESPONSE_DUE, DeadlineKey.INACTION_SUIT_FROM, DeadlineKey.OBJECTION_BY,
                    DeadlineKey.INACTION_SUIT_FROM, DeadlineKey.COURT_BY, DeadlineKey.ONE_YEAR_LIMIT));

    @Provide
    Arbitrary<ProcedureInput> procedures() {
        return Scenarios.procedures();
    }

    @Provide
    Arbitrary<ProcedureInput> crpa() {
        return Scenarios.procedures(Regime.FR_CRPA);
    }

    /** The act-by date of a period extended off non-working days is a working day of the calendar it ran on. */
    @Property
    void actByDateOfAFrancOrExtendedPeriodIsAWorkingDay(@ForAll("procedures") ProcedureInput input) {
        for (Deadline deadline : engine.compute(input)) {
            PeriodResult run = deadline.explanation().period();
            if (run.endRule() == EndRule.NEXT_WORKING_DAY || run.period().isFranc()) {
                assertThat(run.calendar().isWorkingDay(deadline.date())).as("%s %s", deadline.key(), deadline.date()).isTrue();
            }
        }
    }

    /** Each key at most once, in the order of the procedure, whatever the events. */
    @Property
    void keysComeOnceInTheOrderOfTheProcedure(@ForAll("procedures") ProcedureInput input) {
        List<DeadlineKey> keys = engine.compute(input).stream().map(Deadline::key).toList();
        assertThat(keys).doesNotHaveDuplicates();
        List<DeadlineKey> order = ORDER.get(input.regime());
        int at = 0;
        for (DeadlineKey key : keys) {
            int found = order.subList(at, order.size()).indexOf(key);
            assertThat(found).as("%s in %s after position %d of %s", key, keys, at, order).isNotNegative();
            at += found + 1;
        }
    }

    /** The order the events are given in does not matter: the same chain and warnings. */
    @Property
    void theOrderOfTheInputEventsDoesNotMatter(@ForAll("procedures") ProcedureInput input, @ForAll long seed) {
        List<ProcedureEvent> shuffled = new ArrayList<>(input.events());
        Collections.shuffle(shuffled, new Random(seed));
        DeadlineChain given = engine.evaluate(input);
        DeadlineChain other = engine.evaluate(new ProcedureInput(input.regime(), input.territory(), shuffled, input.acknowledged(),
                input.suspensions(), input.requesterResidence()));
        assertThat(other.deadlines()).isEqualTo(given.deadlines());
        assertThat(other.warnings()).containsExactlyInAnyOrderElementsOf(given.warnings());
    }

    /** No deadline falls before what triggers it; a warning is about an event given, on its date. */
    @Property
    void noDeadlineBeforeItsTriggerAndWarningsNameGivenEvents(@ForAll("procedures") ProcedureInput input) {
        DeadlineChain chain = engine.evaluate(input);
        for (Deadline deadline : chain.deadlines()) {
            assertThat(deadline.date()).as("%s", deadline.key()).isAfter(deadline.explanation().trigger());
        }
        for (Warning warning : chain.warnings()) {
            assertThat(input.events()).as("%s", warning).contains(new ProcedureEvent(warning.event(), warning.date(),
                    input.events().stream().filter(e -> e.type() == warning.event()).findFirst().orElseThrow().remediesStated()));
            assertThat(warning.message(Locale.FRENCH)).isNotBlank().isNotEqualTo(warning.message(Locale.ENGLISH));
        }
    }

    /** An event dated before one it must follow is refused, on that event's date. */
    @Property
    void anEventBeforeOneItMustFollowIsRefusedOnItsDate(@ForAll("procedures") ProcedureInput input,
                                                        @ForAll @IntRange(min = 0, max = 30) int which,
                                                        @ForAll @IntRange(min = 1, max = 400) int days) {
        List<ProcedureEvent> events = new ArrayList<>(input.events());
        Assume.that(!events.isEmpty());
        int moved = which % events.size();
        ProcedureEvent event = events.get(moved);
        Optional<ProcedureEvent> before = events.stream().filter(e -> EventOrder.cannotPrecede(event.type()).contains(e.type())).findFirst();
        Assume.that(before.isPresent());
        events.set(moved, new ProcedureEvent(event.type(), before.get().date().minusDays(days), event.remediesStated()));
        InvalidProcedureException error = catchThrowableOfType(InvalidProcedureException.class, () -> engine.compute(
                new ProcedureInput(input.regime(), input.territory(), events, input.acknowledged(), List.of(), input.requesterResidence())));
        assertThat(error).isNotNull();
        assertThat(error.field()).isEqualTo("events[" + moved + "].date");
    }

    /** Policy A: whatever the day, the implicit decisions stay on trigger + N months (when the referral counts). */
    @Property
    void implicitDecisionsKeepTheirCalendarDate(@ForAll("crpa") ProcedureInput input) {
        DeadlineChain chain = engine.evaluate(input);
        Set<WarningCode> codes = EnumSet.noneOf(WarningCode.class);
        chain.warnings().forEach(warning -> codes.add(warning.code()));
        boolean referralCounts = !codes.contains(WarningCode.PREMATURE_CADA_REFERRAL) && !codes.contains(WarningCode.LATE_CADA_REFERRAL);
        for (ProcedureEvent event : input.events()) {
            if (event.type() == EventType.REQUEST_RECEIVED) {
                assertThat(Procedures.get(chain.deadlines(), DeadlineKey.IMPLICIT_REFUSAL).date()).isEqualTo(event.date().plusMonths(1));
            } else if (event.type() == EventType.CADA_REGISTERED && referralCounts) {
                assertThat(Procedures.get(chain.deadlines(), DeadlineKey.CONFIRMED_REFUSAL).date()).isEqualTo(event.date().plusMonths(2));
            } else if (event.type() == EventType.CADA_REGISTERED) {
                assertThat(Procedures.find(chain.deadlines(), DeadlineKey.CONFIRMED_REFUSAL)).isEmpty();
            }
        }
    }

    /**
     * Moving an event later never moves a deadline earlier, for every key whose rule and trigger stay the same
     * (an ineffective step, now ignored, changes the trigger: a confirmatory refusal leaves the period on the
     * earlier decision).
     */
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
        SuspensionWindow window = new SuspensionWindow(from, from.plusDays(length), "test", "test");
        List<Deadline> plain = engine.compute(input);
        List<Deadline> suspended = engine.compute(input.withSuspensions(List.of(window)));
        assertNeverEarlier(plain, suspended, "suspension");
    }

    /** Each deadline of {@code after} with the same key, rule and kind of trigger as one of {@code before} is not earlier. */
    private static void assertNeverEarlier(List<Deadline> before, List<Deadline> after, String change) {
        for (Deadline earlier : before) {
            Optional<Deadline> later = after.stream().filter(d -> d.key().equals(earlier.key()) && d.basis().equals(earlier.basis())
                    && d.explanation().triggerLabel().equals(earlier.explanation().triggerLabel())).findFirst();
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
