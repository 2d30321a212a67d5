package fr.vigie.request;

import java.time.LocalDate;
import java.util.List;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.Party;
import fr.vigie.request.procedure.Fact;
import fr.vigie.request.procedure.NextAction;
import fr.vigie.request.procedure.ProcedureState;

/**
 * The derived columns stored on a request and its deadline rows, as plain values: what both write paths
 * store ({@link RequestState}, {@link RefreshBatch}) and what the daily refresh compares, so that it rewrites
 * only the requests whose state moved (or whose stored values are wrong).
 */
record StoredState(RequestStage stage, String nextActionKey, LocalDate nextActionDate, Party nextActionParty,
        LocalDate overdueSince, boolean receiptEstimated, List<Row> deadlines, StatisticsFacts statistics) {

    /** One stored deadline row. */
    record Row(String key, LocalDate dueDate, Party party, String basis) {

        /** The basis column holds 200 characters; longer article lists are cut there. */
        static Row of(Deadline d) {
            String basis = d.basis().length() > 200 ? d.basis().substring(0, 200) : d.basis();
            return new Row(d.key().name(), d.date(), d.party(), basis);
        }
    }

    /** {@code timeline}: the live events {@code state} was resolved from. */
    static StoredState of(ProcedureState state, List<Fact> timeline) {
        NextAction next = state.nextAction();
        List<Row> deadlines = state.deadlines().stream().map(Row::of).toList();
        return new StoredState(state.stage(), next == null ? null : next.key(), next == null ? null : next.date(),
                next == null ? null : next.party(), state.overdueSince(), state.receiptEstimated(), deadlines,
                StatisticsFacts.of(timeline, state.stage(), deadlines));
    }
}
