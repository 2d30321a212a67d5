package fr.vigie.request.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.Party;
import fr.vigie.deadline.Regime;
import fr.vigie.deadline.Residence;
import fr.vigie.deadline.Warning;
import fr.vigie.deadline.period.DateText;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.RequestEvent;
import fr.vigie.request.Visibility;
import fr.vigie.request.item.RequestItem;
import fr.vigie.request.item.web.ItemJson;
import fr.vigie.request.procedure.NextAction;
import fr.vigie.request.procedure.RequestStage;
import fr.vigie.request.procedure.SendingChannel;
import fr.vigie.request.procedure.ProcedureState;

/** The API's views of requests (never the entities themselves). */
public final class RequestJson {

    private RequestJson() {
    }

    public record NextActionJson(String key, LocalDate date, Party party, String label) {
        static NextActionJson of(NextAction a, RequestMsg msg, Locale locale) {
            if (a == null) {
                return null;
            }
            return new NextActionJson(a.step().name(), a.date(), a.party(),
                    msg.action(a.step(), a.date() == null ? "" : DateText.format(a.date(), locale)));
        }
    }

    public record AlsoPossibleJson(LocalDate date, String reason) {
    }

    public record DeadlineJson(String key, LocalDate date, Party party, String basis, String explanation,
            List<AlsoPossibleJson> alsoPossible) {
        static DeadlineJson of(Deadline d, Locale locale) {
            boolean fr = DateText.isFrench(locale);
            return new DeadlineJson(d.key().name(), d.date(), d.party(), d.basis(), d.explanation().text(locale),
                    d.alsoPossible().stream().map(a -> new AlsoPossibleJson(a.date(), fr ? a.reasonFr() : a.reasonEn())).toList());
        }
    }

    public record EventJson(long id, String type, LocalDate date, String note, String channel, Boolean acknowledged,
            Long toBodyId, String outcome, String avis, String caseNumber, Boolean remediesStated, String recordedBy,
            Instant recordedAt) {
        static EventJson of(RequestEvent e) {
            return new EventJson(e.id, e.type.name(), e.date, e.note, name(e.channel), e.acknowledged,
                    e.toBody == null ? null : e.toBody.id, name(e.outcome), name(e.avis), e.caseNumber, e.remediesStated,
                    e.recordedBy.username, e.recordedAt);
        }
    }

    /** A warning of the engine about a step with no legal effect, in the reader's language. */
    public record WarningJson(String code, String message) {
        static WarningJson of(Warning w, Locale locale) {
            return new WarningJson(w.code().name(), w.message(locale));
        }
    }

    /** A line of a list: what is needed to see where the request stands. */
    public record Summary(long id, String title, Regime regime, long bodyId, String bodyName, String owner,
            Visibility visibility, List<String> tags, RequestStage stage, String nextActionKey, LocalDate nextActionDate,
            LocalDate overdueSince, long version) {
        static Summary of(AccessRequest r) {
            return new Summary(r.id, r.title, r.regime, r.body.id, r.body.name, r.owner.username, r.visibility,
                    r.tagList(), r.state.stage(), r.state.nextStep() == null ? null : r.state.nextStep().name(),
                    r.state.nextActionDate(), r.state.overdueSince(), r.version);
        }
    }

    public record Detail(long id, String title, String text, Regime regime, long bodyId, String bodyName, String owner,
            Long identityId, Residence requesterResidence,
            Visibility visibility, String publicPath, List<String> tags, String bodyReference, String cadaCaseNumber,
            String courtCaseNumber, SendingChannel channel, RequestStage stage, LocalDate receipt,
            boolean receiptEstimated, LocalDate overdueSince, NextActionJson nextAction, List<DeadlineJson> deadlines,
            List<WarningJson> warnings, List<EventJson> events, long version, Instant createdAt, Instant updatedAt,
            List<ItemJson> items, String itemsOutcome) {
    }

    public static Detail detail(AccessRequest r, ProcedureState state, List<RequestEvent> events, RequestMsg msg, Locale locale) {
        return new Detail(r.id, r.title, r.text, r.regime, r.body.id, r.body.name, r.owner.username, r.identityId, r.requesterResidence, r.visibility,
                r.visibility == Visibility.PUBLIC ? "/p/" + r.publicKey : null, r.tagList(), r.bodyReference,
                r.cadaCaseNumber, r.courtCaseNumber, r.channel, state.stage(), state.receipt(), state.receiptEstimated(),
                state.overdueSince(), NextActionJson.of(state.nextAction(), msg, locale),
                state.deadlines().stream().map(d -> DeadlineJson.of(d, locale)).toList(),
                state.warnings().stream().map(w -> WarningJson.of(w, locale)).toList(),
                events.stream().map(EventJson::of).toList(), r.version, r.createdAt, r.updatedAt,
                ItemJson.of(RequestItem.of(r.id), locale), r.itemsOutcome == null ? null : r.itemsOutcome.name());
    }

    /** The public view of a PUBLIC request: the procedure, not who in the team did what. */
    public static Detail anonymous(Detail d) {
        List<EventJson> events = d.events().stream().map(e -> new EventJson(e.id(), e.type(), e.date(), e.note(),
                e.channel(), e.acknowledged(), e.toBodyId(), e.outcome(), e.avis(), e.caseNumber(), e.remediesStated(), null,
                null)).toList();
        return new Detail(d.id(), d.title(), d.text(), d.regime(), d.bodyId(), d.bodyName(), null, null, null, d.visibility(),
                d.publicPath(), d.tags(), d.bodyReference(), d.cadaCaseNumber(), d.courtCaseNumber(), d.channel(),
                d.stage(), d.receipt(), d.receiptEstimated(), d.overdueSince(), d.nextAction(), d.deadlines(), d.warnings(), events,
                d.version(), d.createdAt(), d.updatedAt(), d.items(), d.itemsOutcome());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
