package fr.vigie.request.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import fr.vigie.publicbody.PublicBody;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.RequestMsg;
import fr.vigie.request.SendingChannel;
import fr.vigie.web.FieldChecks;

/**
 * Checks one submitted event field by field (the order of the whole timeline is {@link TimelineRules}'
 * job) and writes the accepted values onto the entity. Fields that do not belong to the type are dropped.
 */
public final class EventValidator {

    private static final LocalDate OLDEST = LocalDate.of(1900, 1, 1);

    private EventValidator() {
    }

    public static void apply(FieldChecks checks, RequestMsg rmsg, EventInput in, AccessRequest request, LocalDate today,
            RequestEvent target) {
        RequestEventType type = checks.oneOf("type", in.type(), RequestEventType.class, true);
        LocalDate date = date(checks, rmsg, in.date(), today);
        String note = checks.lines("note", in.note(), false, 5000);
        if (type != null && !type.appliesTo(request.regime)) {
            checks.add("type", rmsg.v_type_regime(request.regime.name()));
        }
        target.type = type;
        target.date = date;
        target.note = note;
        target.channel = type == RequestEventType.SENT ? checks.oneOf("channel", in.channel(), SendingChannel.class, false) : null;
        target.acknowledged = type == RequestEventType.RECEIVED ? bool(checks, rmsg, "acknowledged", in.acknowledged()) : null;
        target.toBody = type == RequestEventType.TRANSFERRED ? body(checks, rmsg, in.toBodyId(), request) : null;
        boolean decision = type == RequestEventType.ANSWER || type == RequestEventType.DECISION_AFTER_AVIS;
        target.outcome = decision ? required(checks, rmsg, "outcome", checks.oneOf("outcome", in.outcome(), Outcome.class, false), in.outcome()) : null;
        target.avis = type == RequestEventType.CADA_AVIS ? required(checks, rmsg, "avis", checks.oneOf("avis", in.avis(), Avis.class, false), in.avis()) : null;
        boolean numbered = type == RequestEventType.CADA_REGISTERED || type == RequestEventType.COURT_FILED;
        target.caseNumber = numbered ? checks.line("caseNumber", in.caseNumber(), false, 100) : null;
    }

    private static LocalDate date(FieldChecks checks, RequestMsg rmsg, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            checks.add("date", checks.msg().v_required());
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isAfter(today)) {
                checks.add("date", rmsg.v_date_future());
            } else if (date.isBefore(OLDEST)) {
                checks.add("date", rmsg.v_date_old());
            }
            return date;
        } catch (DateTimeParseException e) {
            checks.add("date", rmsg.v_date());
            return null;
        }
    }

    private static Boolean bool(FieldChecks checks, RequestMsg rmsg, String field, String value) {
        String v = value == null ? "" : value.strip();
        return switch (v) {
            case "true", "on", "yes", "oui" -> Boolean.TRUE;
            case "false", "no", "non" -> Boolean.FALSE;
            default -> {
                checks.add(field, rmsg.v_required_for_type() + " (true / false)");
                yield null;
            }
        };
    }

    private static <E> E required(FieldChecks checks, RequestMsg rmsg, String field, E value, String raw) {
        if (value == null && (raw == null || raw.isBlank())) {
            checks.add(field, rmsg.v_required_for_type());
        }
        return value;
    }

    private static PublicBody body(FieldChecks checks, RequestMsg rmsg, String value, AccessRequest request) {
        if (value == null || value.isBlank()) {
            checks.add("toBodyId", rmsg.v_required_for_type());
            return null;
        }
        long id = checks.positive("toBodyId", value, 0, Long.MAX_VALUE);
        PublicBody body = id == 0 ? null : PublicBody.findById(id);
        if (id != 0 && body == null) {
            checks.add("toBodyId", checks.msg().v_parent_missing());
        } else if (body != null && body.id.equals(request.body.id)) {
            checks.add("toBodyId", rmsg.v_same_body());
        }
        return body;
    }
}
