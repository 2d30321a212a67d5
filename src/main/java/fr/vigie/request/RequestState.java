package fr.vigie.request;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.InvalidProcedureException;
import fr.vigie.request.procedure.Fact;
import fr.vigie.request.procedure.ProcedureMapper;
import fr.vigie.request.procedure.ProcedureState;
import fr.vigie.request.procedure.StateResolver;
import fr.vigie.request.procedure.Timeline;
import fr.vigie.request.timeline.RequestDeadline;
import fr.vigie.request.timeline.RequestEvent;
import fr.vigie.request.timeline.TimelineRules;
import fr.vigie.app.AppClock;
import fr.vigie.web.CurrentLocale;
import fr.vigie.app.DataVersion;
import fr.vigie.web.InvalidInputException;

/** Checks a request's timeline against the procedure, and derives and stores its state. */
@ApplicationScoped
class RequestState {

    private final AppClock clock;
    private final CurrentLocale locale;
    private final DataVersion dataVersion;
    private final Event<RequestChanged> changed;

    RequestState(AppClock clock, CurrentLocale locale, DataVersion dataVersion, Event<RequestChanged> changed) {
        this.clock = clock;
        this.locale = locale;
        this.dataVersion = dataVersion;
        this.changed = changed;
    }

    /**
     * Refuses (422) a timeline that breaks the procedure's order; {@code checked} is the event being
     * written (its problems are reported against its fields), or null to check every event.
     */
    void check(AccessRequest request, List<RequestEvent> timeline, RequestEvent checked) {
        List<Fact> facts = facts(timeline);
        Fact checkedFact = checked == null ? null : facts.get(timeline.indexOf(checked));
        Timeline t = new Timeline(facts);
        try {
            ProcedureState state = StateResolver.resolve(request.regime, request.body.departement, request.channel, t, clock.today());
            var implied = state.deadlines().stream().filter(d -> d.key() == fr.vigie.deadline.DeadlineKey.IMPLICIT_REFUSAL).map(Deadline::date)
                    .findFirst().orElse(null);
            RequestMsg rmsg = locale.bundle(RequestMsg.class);
            var problem = TimelineRules.check(rmsg, request.regime, t, checkedFact, implied);
            if (problem.isEmpty() && checkedFact != null) {
                problem = TimelineRules.check(rmsg, request.regime, t, null, implied);
            }
            problem.ifPresent(p -> {
                throw InvalidInputException.of(p.field(), p.message());
            });
        } catch (InvalidProcedureException e) {
            throw InvalidInputException.of("date", e.reason(locale.get()));
        }
    }

    ProcedureState resolve(AccessRequest request, List<RequestEvent> timeline) {
        return resolveFacts(request, facts(timeline));
    }

    private ProcedureState resolveFacts(AccessRequest request, List<Fact> facts) {
        return StateResolver.resolve(request.regime, request.body.departement, request.channel, new Timeline(facts), clock.today());
    }

    /** Stores stage, next action, overdue date and every deadline, for lists and the dashboard. */
    void recompute(AccessRequest request, List<RequestEvent> timeline) {
        ProcedureState state = apply(request, timeline);
        storeDeadlines(request, state);
    }

    /** Sets the derived columns (no database write of its own: a new request is then inserted complete). */
    ProcedureState apply(AccessRequest request, List<RequestEvent> timeline) {
        List<Fact> facts = facts(timeline);
        ProcedureState state = resolveFacts(request, facts);
        StoredState stored = StoredState.of(state, facts);
        request.stage = stored.stage();
        request.nextActionKey = stored.nextActionKey();
        request.nextActionDate = stored.nextActionDate();
        request.nextActionParty = stored.nextActionParty();
        request.overdueSince = stored.overdueSince();
        request.receiptEstimated = stored.receiptEstimated();
        request.statistics = stored.statistics();
        return state;
    }

    /** Every write of a request goes through here: it also moves the data version the dashboard caches by. */
    void storeDeadlines(AccessRequest request, ProcedureState state) {
        RequestDeadline.delete("requestId", request.id);
        for (Deadline d : state.deadlines()) {
            StoredState.Row stored = StoredState.Row.of(d);
            RequestDeadline row = new RequestDeadline();
            row.requestId = request.id;
            row.key = stored.key();
            row.dueDate = stored.dueDate();
            row.party = stored.party();
            row.basis = stored.basis();
            row.persist();
        }
        dataVersion.bump();
        changed.fire(new RequestChanged(request.id));
    }

    /** The procedure's view of each event; {@link RefreshBatch} builds the same from raw rows. */
    private static List<Fact> facts(List<RequestEvent> timeline) {
        return timeline.stream().map(e -> new Fact(e.type, e.date, e.outcome, e.acknowledged, e.channel, e.avis)).toList();
    }
}
