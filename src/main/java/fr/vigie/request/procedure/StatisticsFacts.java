package fr.vigie.request.procedure;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;

/**
 * What the per-body statistics need of one request, derived with its stage and deadlines and stored beside
 * them on the request (in its {@link DerivedState}), so that the statistics read one row a request and no event.
 *
 * @param firstSent         the first SENT; null when never sent (such a request is left out of the statistics)
 * @param firstAnswer       the first ANSWER, whatever its outcome
 * @param answerDue         the latest of the deadlines that say when the body had to answer
 * @param refused           an ANSWER refused, in whole or in part, or said the documents are not held
 * @param cadaReferred      a referral to the CADA was sent
 * @param avis              the CADA's avis
 * @param favourableIgnored a favourable (or partly favourable) avis, and the body refused all the same: by a
 *                          decision after the avis, or by silence (stage FINAL_REFUSAL)
 */
@Embeddable
public record StatisticsFacts(
        @Column(name = "first_sent_date") LocalDate firstSent,
        @Column(name = "first_answer_date") LocalDate firstAnswer,
        @Column(name = "answer_due_date") LocalDate answerDue,
        @Column(name = "answer_refused", nullable = false) boolean refused,
        @Column(name = "cada_referral_sent", nullable = false) boolean cadaReferred,
        @Enumerated(EnumType.STRING) @Column(name = "cada_avis", length = 24) Avis avis,
        @Column(name = "favourable_avis_ignored", nullable = false) boolean favourableIgnored) {

    private static final Set<DeadlineKey> ANSWER_DEADLINES = EnumSet.of(DeadlineKey.IMPLICIT_REFUSAL, DeadlineKey.RESPONSE_DUE,
            DeadlineKey.EXTENDED_RESPONSE_DUE);
    private static final Set<Avis> FAVOURABLE = EnumSet.of(Avis.FAVOURABLE, Avis.PARTLY_FAVOURABLE);

    /** From a request's live (not deleted) events in any order, with the stage and deadlines derived from them. */
    static StatisticsFacts of(List<Fact> timeline, RequestStage stage, List<Deadline> deadlines) {
        LocalDate answerDue = deadlines.stream().filter(d -> ANSWER_DEADLINES.contains(d.key())).map(Deadline::date)
                .max(Comparator.naturalOrder()).orElse(null);
        // CADA_AVIS happens once; should a timeline hold two, the greatest name wins (as the V7 backfill chose)
        Avis avis = events(timeline, RequestEventType.CADA_AVIS).map(Fact::avis).filter(Objects::nonNull)
                .max(Comparator.comparing(Avis::name)).orElse(null);
        boolean favourable = events(timeline, RequestEventType.CADA_AVIS).anyMatch(f -> FAVOURABLE.contains(f.avis()));
        boolean refusedAfterAvis = events(timeline, RequestEventType.DECISION_AFTER_AVIS).anyMatch(Fact::isRefusal);
        return new StatisticsFacts(first(timeline, RequestEventType.SENT), first(timeline, RequestEventType.ANSWER), answerDue,
                events(timeline, RequestEventType.ANSWER).anyMatch(Fact::isRefusal),
                events(timeline, RequestEventType.CADA_REFERRAL_SENT).findAny().isPresent(), avis,
                favourable && (refusedAfterAvis || stage == RequestStage.FINAL_REFUSAL));
    }

    private static Stream<Fact> events(List<Fact> timeline, RequestEventType type) {
        return timeline.stream().filter(f -> f.type() == type);
    }

    private static LocalDate first(List<Fact> timeline, RequestEventType type) {
        return events(timeline, type).map(Fact::date).min(Comparator.naturalOrder()).orElse(null);
    }

    /** The same facts, refused as the items say: an answer decided item by item is refused when they give less than all. */
    public StatisticsFacts withItemsOutcome(Outcome itemsOutcome) {
        return new StatisticsFacts(firstSent, firstAnswer, answerDue, itemsOutcome.isRefusal(), cadaReferred, avis,
                favourableIgnored);
    }
}
