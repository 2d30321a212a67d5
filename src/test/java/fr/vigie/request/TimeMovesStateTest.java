package fr.vigie.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.vigie.account.AppUser;
import fr.vigie.request.procedure.DerivedState;
import fr.vigie.request.procedure.RequestStage;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Time alone moves requests: a silence becomes a refusal, a deadline passes and someone is late. Each row
 * records a timeline, then walks the calendar day by day, running the nightly job each morning, and checks
 * that the stored state equals what the live fold says that day, and that the change the row is about
 * happened on the day worked out by hand.
 */
@QuarkusTest
class TimeMovesStateTest {

    @Inject
    RequestService writer;

    @Inject
    RequestReader reader;

    @Inject
    StateRefresher refresher;

    /** One kind of time-driven change: the events, the last day recorded, and on which day what becomes true. */
    record Course(String regime, List<EventForm> events, String recordedOn, String changesOn, RequestStage stageThen,
            String overdueSinceThen) {
    }

    static Stream<Arguments> courses() {
        return Stream.of(
                // sent by e-mail 3 March 2025: received that day (policy E), silence is a refusal on 3 April (R311-13)
                course("implicit refusal: stage and next action", "FR_CRPA", "2025-03-10", "2025-04-03", RequestStage.REFUSED, null,
                        sent("2025-03-03")),
                // the body is late from the day after the implicit refusal
                course("the body late after its silence", "FR_CRPA", "2025-04-03", "2025-04-04", RequestStage.REFUSED, "2025-04-04",
                        sent("2025-03-03")),
                // CADA registered 5 January 2024: its avis due 5 February (R343-3), late from the 6th
                course("the CADA late with its avis", "FR_CRPA", "2024-01-10", "2024-02-06", RequestStage.UNDER_REVIEW, "2024-02-06",
                        sent("2023-11-13"), event("CADA_REFERRAL_SENT", "2024-01-03"), event("CADA_REGISTERED", "2024-01-05")),
                // two months of silence after the registration: refusal confirmed on 5 March 2024 (R343-5)
                // (the avis came 20 February: the body's own month runs to 20 March, after the confirmation)
                course("the refusal confirmed after the CADA", "FR_CRPA", "2024-02-25", "2024-03-05", RequestStage.FINAL_REFUSAL, null,
                        sent("2023-11-13"), event("CADA_REFERRAL_SENT", "2024-01-03"), event("CADA_REGISTERED", "2024-01-05"),
                        new EventForm("CADA_AVIS", "2024-02-20", null, null, null, null, null, "FAVOURABLE", null, null)),
                // avis received 20 February 2024: the body's answer due 20 March (R343-3), late from the 21st
                course("the body late after the avis", "FR_CRPA", "2024-02-25", "2024-03-21", RequestStage.AWAITING_DECISION,
                        "2024-03-21", sent("2024-01-08"), event("CADA_REFERRAL_SENT", "2024-02-09"),
                        event("CADA_REGISTERED", "2024-02-10"),
                        new EventForm("CADA_AVIS", "2024-02-20", null, null, null, null, null, "FAVOURABLE", null, null)),
                // GDPR: received 9 March 2025, answer due 9 April (art. 12(3)), late from the 10th
                course("a GDPR controller late", "FR_GDPR", "2025-03-20", "2025-04-10", RequestStage.AWAITING_ANSWER, "2025-04-10",
                        new EventForm("SENT", "2025-03-09", null, "EMAIL", null, null, null, null, null, null)),
                // US FOIA: received 3 November 2025, determination due 3 December (20 working days), late from the 4th
                course("a US agency late", "US_FOIA", "2025-11-10", "2025-12-04", RequestStage.AWAITING_ANSWER, "2025-12-04",
                        new EventForm("SENT", "2025-11-03", null, "EMAIL", null, null, null, null, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("courses")
    void storedStateFollowsTheCalendar(String name, Course course) {
        FixedClock clock = FixedClock.install(course.recordedOn());
        int bodyId = RequestApi.newBody("13");
        long editorId = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(TestAccounts.EDITOR).orElseThrow().id);
        long id = writer.create(new RequestForm("Time " + name, "1. Les contrats.", course.regime(),
                String.valueOf(bodyId), "EMAIL", null, List.of(), null, null, null, null, null), editorId).request().id;
        for (EventForm event : course.events()) {
            writer.addEvent(id, event, List.of(), editorId, null);
        }
        DerivedState before = stored(id);
        LocalDate changesOn = LocalDate.parse(course.changesOn());
        assertThat(before.expiresOn()).as("the state says when time changes it").isEqualTo(changesOn);

        List<String> disagreements = new ArrayList<>();
        DerivedState then = null;
        for (LocalDate day = LocalDate.parse(course.recordedOn()).plusDays(1); !day.isAfter(changesOn.plusDays(3)); day = day.plusDays(1)) {
            clock.set(day.toString());
            refresher.refreshExpired();
            DerivedState stored = stored(id);
            DerivedState live = live(id);
            if (!stored.equals(live)) {
                disagreements.add(day + ": stored " + stored + ", live " + live);
            }
            if (day.isBefore(changesOn)) {
                assertThat(stored).as("nothing moves before " + changesOn + " (" + day + ")").isEqualTo(before);
            } else if (day.equals(changesOn)) {
                then = stored;
            }
        }
        assertThat(disagreements).as("days on which the stored state and the live fold disagree").isEmpty();
        assertThat(then.stage()).isEqualTo(course.stageThen());
        assertThat(then.overdueSince()).isEqualTo(course.overdueSinceThen() == null ? null : LocalDate.parse(course.overdueSinceThen()));
        assertThat(then).as("the change happened").isNotEqualTo(before);
    }

    private DerivedState stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> AccessRequest.<AccessRequest>findById(id).state);
    }

    private DerivedState live(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AccessRequest request = reader.get(id);
            List<RequestEvent> timeline = reader.timeline(request);
            return DerivedState.of(reader.stateOf(request, timeline), timeline.stream().map(RequestEvent::toFact).toList());
        });
    }

    private static Arguments course(String name, String regime, String recordedOn, String changesOn, RequestStage stageThen,
            String overdueSinceThen, EventForm... events) {
        return Arguments.of(name, new Course(regime, List.of(events), recordedOn, changesOn, stageThen, overdueSinceThen));
    }

    private static EventForm sent(String date) {
        return new EventForm("SENT", date, null, "EMAIL", null, null, null, null, null, null);
    }

    private static EventForm event(String type, String date) {
        return new EventForm(type, date, null, null, null, null, null, null, null, null);
    }
}
