package fr.vigie.deadline.regime;

import static fr.vigie.deadline.Procedures.compute;
import static fr.vigie.deadline.Procedures.get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.deadline.AlsoPossible;
import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Party;
import fr.vigie.deadline.Regime;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GDPR, US FOIA, UK FOIA and German IFG rules beyond the worked examples. */
class OtherRegimesTest {

    /** GDPR 12(3): an extension is valid when notified by the first due date, 2025-04-09. */
    @ParameterizedTest(name = "extension notified {0}")
    @CsvSource({"2025-04-09, RESPONSE_DUE EXTENDED_RESPONSE_DUE", "2025-04-10, RESPONSE_DUE"})
    void gdprExtensionMustBeNotifiedWithinTheFirstMonth(LocalDate notified, String keys) {
        List<Deadline> deadlines = compute(Regime.FR_GDPR, "REQUEST_RECEIVED=2025-03-09;EXTENSION_NOTIFIED=" + notified);

        assertThat(deadlines).extracting(d -> d.key().name()).containsExactly(keys.split(" "));
    }

    @Test
    void lateGdprExtensionIsShownBesideTheFirstDueDate() {
        Deadline response = get(compute(Regime.FR_GDPR, "REQUEST_RECEIVED=2025-03-09;EXTENSION_NOTIFIED=2025-04-10"),
                DeadlineKey.RESPONSE_DUE);

        assertThat(response.date()).isEqualTo("2025-04-09");
        assertThat(response.alsoPossible()).singleElement().satisfies(other -> {
            assertThat(other.date()).isEqualTo("2025-06-10");
            assertThat(other.reasonEn()).contains("not valid");
        });
    }

    @Test
    void lateUsExtensionGivesNoExtendedDueDate() {
        List<Deadline> deadlines = compute(Regime.US_FOIA, "REQUEST_RECEIVED=2025-11-03;EXTENSION_NOTIFIED=2025-12-04");

        assertThat(deadlines).extracting(d -> d.key().name()).containsExactly("RESPONSE_DUE", "SUIT_FROM", "SUIT_BY");
        assertThat(deadlines.get(0).alsoPossible()).extracting(AlsoPossible::date).containsExactly(LocalDate.parse("2025-12-17"));
    }

    /** Day 90 is not moved by the statute; the next business day is shown beside it. */
    @ParameterizedTest(name = "adverse determination {0}")
    @CsvSource(value = {"2025-01-06, 2025-04-06, 2025-04-07", "2025-01-07, 2025-04-07, null"}, nullValues = "null")
    void usAppealWithinNinetyCalendarDays(LocalDate adverse, LocalDate appealBy, LocalDate nextBusinessDay) {
        Deadline appeal = get(compute(Regime.US_FOIA, "REQUEST_RECEIVED=2024-12-01;ADVERSE_DETERMINATION=" + adverse),
                DeadlineKey.APPEAL_BY);

        assertThat(appeal.date()).isEqualTo(appealBy);
        assertThat(appeal.party()).isEqualTo(Party.REQUESTER);
        assertThat(appeal.alsoPossible()).extracting(AlsoPossible::date)
                .isEqualTo(nextBusinessDay == null ? List.of() : List.of(nextBusinessDay));
    }

    @Test
    void usFullChain() {
        List<Deadline> deadlines = compute(Regime.US_FOIA,
                "REQUEST_RECEIVED=2025-11-03;EXTENSION_NOTIFIED=2025-11-20;ADVERSE_DETERMINATION=2025-12-10;APPEAL_RECEIVED=2026-01-05");

        assertThat(deadlines).extracting(d -> d.key().name(), Deadline::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RESPONSE_DUE", LocalDate.parse("2025-12-03")),
                org.assertj.core.groups.Tuple.tuple("EXTENDED_RESPONSE_DUE", LocalDate.parse("2025-12-17")),
                org.assertj.core.groups.Tuple.tuple("APPEAL_BY", LocalDate.parse("2026-03-10")),
                org.assertj.core.groups.Tuple.tuple("APPEAL_DECISION_DUE", LocalDate.parse("2026-02-03")),
                // the appeal undecided by its due date: constructive exhaustion the next day, six years from then
                org.assertj.core.groups.Tuple.tuple("SUIT_FROM", LocalDate.parse("2026-02-04")),
                org.assertj.core.groups.Tuple.tuple("SUIT_BY", LocalDate.parse("2032-02-04")));
    }

    /** Internal review: 20 working days, 40 at most (s.45 code). */
    @Test
    void ukInternalReview() {
        Deadline review = get(compute(Regime.UK_FOIA, "REQUEST_RECEIVED=2025-04-01;INTERNAL_REVIEW_REQUESTED=2025-05-14"),
                DeadlineKey.INTERNAL_REVIEW_DUE);

        assertThat(review.date()).isEqualTo("2025-06-12");
        assertThat(review.alsoPossible()).extracting(AlsoPossible::date).containsExactly(LocalDate.parse("2025-07-10"));
    }

    /** Widerspruch: one month, a Sunday end moves to Monday (ZPO §222(2)); suit for inaction from the day after three months. */
    @Test
    void germanObjectionAndInactionSuit() {
        List<Deadline> deadlines = compute(Regime.DE_IFG, "REQUEST_RECEIVED=2025-01-31;DECISION_NOTIFIED=2025-04-18");

        assertThat(deadlines).extracting(d -> d.key().name(), Deadline::date, Deadline::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RESPONSE_DUE", LocalDate.parse("2025-02-28"), Party.ADMINISTRATION),
                org.assertj.core.groups.Tuple.tuple("INACTION_SUIT_FROM", LocalDate.parse("2025-05-01"), Party.REQUESTER),
                org.assertj.core.groups.Tuple.tuple("OBJECTION_BY", LocalDate.parse("2025-05-19"), Party.REQUESTER));
    }

    @Test
    void germanResponseMovesOffAHoliday() {
        // 2025-03-18 + 1 month = Friday 18 April 2025, Good Friday; then Easter weekend and Monday.
        assertThat(get(compute(Regime.DE_IFG, "REQUEST_RECEIVED=2025-03-18"), DeadlineKey.RESPONSE_DUE).date())
                .isEqualTo("2025-04-22");
    }
}
