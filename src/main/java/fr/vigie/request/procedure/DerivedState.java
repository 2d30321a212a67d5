package fr.vigie.request.procedure;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import fr.vigie.deadline.Party;

/**
 * What lists, the dashboard and the statistics read of a request, derived from its timeline by the fold and
 * stored with it, so that they query columns instead of folding. Written only by the request writer, from one
 * fold, with the day it expires: the nightly job recomputes exactly the states whose day has come.
 *
 * @param expiresOn the first day on which time alone changes this state; null when only a new event can
 */
@Embeddable
public record DerivedState(
        @Enumerated(EnumType.STRING) @Column(name = "stage", nullable = false, length = 24) RequestStage stage,
        @Enumerated(EnumType.STRING) @Column(name = "next_action_key", length = 40) NextStep nextStep,
        @Column(name = "next_action_date") LocalDate nextActionDate,
        @Enumerated(EnumType.STRING) @Column(name = "next_action_party", length = 16) Party nextActionParty,
        @Column(name = "overdue_since") LocalDate overdueSince,
        @Column(name = "receipt_estimated", nullable = false) boolean receiptEstimated,
        @Column(name = "state_expires_on") LocalDate expiresOn,
        @Embedded StatisticsFacts statistics) {

    /** {@code timeline}: the live events {@code state} was resolved from. */
    public static DerivedState of(ProcedureState state, List<Fact> timeline) {
        NextAction next = state.nextAction();
        return new DerivedState(state.stage(), next == null ? null : next.step(), next == null ? null : next.date(),
                next == null ? null : next.party(), state.overdueSince(), state.receiptEstimated(), state.expiresOn(),
                StatisticsFacts.of(timeline, state.stage(), state.deadlines()));
    }

    /** The same state, with the statistics counting the outcome the request's items give (when they give one). */
    public DerivedState withItemsOutcome(Outcome itemsOutcome) {
        return itemsOutcome == null ? this : new DerivedState(stage, nextStep, nextActionDate, nextActionParty, overdueSince,
                receiptEstimated, expiresOn, statistics.withItemsOutcome(itemsOutcome));
    }
}
