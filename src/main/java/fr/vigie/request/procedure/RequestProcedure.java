package fr.vigie.request.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.vigie.app.Violation;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.InvalidProcedureException;
import fr.vigie.deadline.Text;

/**
 * The one decision of the request core: given a proposed timeline (the current one with an event added,
 * corrected or removed), the event being written and today, either the violations that forbid it or the
 * state it leads to. Pure: no message, no framework, no clock; whoever writes (a page, the API, a job)
 * asks here and stores what it answers.
 */
public final class RequestProcedure {

    private static final LocalDate OLDEST = LocalDate.of(1900, 1, 1);

    private RequestProcedure() {
    }

    /**
     * @param timeline the proposed live events, in any order
     * @param checked  the event being recorded or corrected (one of {@code timeline}), or null when none is (a
     *                 removal, a change of the request's own fields): its problems are reported against its fields
     */
    public static Decision decide(StateResolver.Context context, List<Fact> timeline, Fact checked, LocalDate today) {
        if (checked != null) {
            Optional<Violation> date = dateProblem(checked.date(), today);
            if (date.isPresent()) {
                return refused(date.get());
            }
        }
        Timeline t = new Timeline(timeline);
        ProcedureState state;
        try {
            state = StateResolver.resolve(context, t, today);
        } catch (InvalidProcedureException e) {
            return refused(Violation.of("date", ProcedureCode.ENGINE_REFUSED, new Text(e.reasonFr(), e.reasonEn())));
        }
        LocalDate impliedRefusal = state.deadlines().stream().filter(d -> d.key() == DeadlineKey.IMPLICIT_REFUSAL)
                .map(fr.vigie.deadline.Deadline::date).findFirst().orElse(null);
        return TimelineRules.firstProblem(context.regime(), t, checked, impliedRefusal)
                .<Decision>map(RequestProcedure::refused).orElse(new Decision.Accepted(state));
    }

    /** Only what happened is recorded, and nothing from before 1900. */
    public static Optional<Violation> dateProblem(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            return Optional.of(Violation.of("date", ProcedureCode.DATE_IN_FUTURE));
        }
        return date.isBefore(OLDEST) ? Optional.of(Violation.of("date", ProcedureCode.DATE_TOO_OLD)) : Optional.empty();
    }

    private static Decision refused(Violation violation) {
        return new Decision.Refused(List.of(violation));
    }
}
