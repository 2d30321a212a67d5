package fr.vigie.request.procedure;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;


/** A request's facts in date order, with the look-ups the procedure rules need. */
public record Timeline(List<Fact> facts) {

    public Timeline {
        facts = facts.stream().sorted(Comparator.comparing(Fact::date)).toList();
    }

    public boolean has(RequestEventType type) {
        return first(type).isPresent();
    }

    public Optional<Fact> first(RequestEventType type) {
        return facts.stream().filter(f -> f.type() == type).findFirst();
    }

    public Optional<Fact> last(RequestEventType type) {
        return facts.stream().filter(f -> f.type() == type).reduce((a, b) -> b);
    }

    /** The first fact matching {@code test} dated on or after {@code from} (null: from the start). */
    public Optional<Fact> firstFrom(LocalDate from, Predicate<Fact> test) {
        return facts.stream().filter(f -> from == null || !f.date().isBefore(from)).filter(test).findFirst();
    }

    /** The latest answer-like fact (ANSWER, or the body's decision after the CADA avis). */
    public Optional<Fact> lastDecision() {
        return facts.stream().filter(f -> f.type() == RequestEventType.ANSWER
                || f.type() == RequestEventType.DECISION_AFTER_AVIS).reduce((a, b) -> b);
    }
}
