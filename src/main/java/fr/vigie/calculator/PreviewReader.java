package fr.vigie.calculator;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.deadline.EventType;
import fr.vigie.deadline.InvalidProcedureException;
import fr.vigie.deadline.ProcedureEvent;
import fr.vigie.deadline.ProcedureInput;
import fr.vigie.deadline.Regime;
import fr.vigie.deadline.Residence;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.Msg;

/**
 * Reads a {@link PreviewRequest} into the engine's input, reporting every field it cannot read at
 * once. Rules that need the whole procedure (events a regime does not accept, duplicates, years
 * out of range, dates in an impossible order) are left to the engine, which names the field too.
 */
final class PreviewReader {

    /** Far more than any regime's events (each type comes once): only there to bound the work. */
    static final int MAX_EVENTS = 50;
    /** The longest regime or event type name is 25 characters; territory codes are 5 (DE-NW). */
    private static final int MAX_NAME = 40;
    private static final int MAX_TERRITORY = 10;
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private final FieldChecks checks;
    private final CalcMsg texts;
    private final Locale locale;

    PreviewReader(Msg msg, CalcMsg texts, Locale locale) {
        this.checks = new FieldChecks(msg);
        this.texts = texts;
        this.locale = locale;
    }

    /** @throws fr.vigie.web.InvalidInputException (422) listing every unreadable field */
    ProcedureInput read(PreviewRequest request) {
        Regime regime = parse(checks.line("regime", request.regime(), true, MAX_NAME), Regime::parse);
        String territory = checks.line("territory", request.territory(), false, MAX_TERRITORY);
        if (territory != null) {
            // French codes, or Länder under DE_IFG; with the regime unknown, the French codes (the regime is in error anyway)
            Regime codes = regime == null ? Regime.FR_CRPA : regime;
            territory = parse(territory, codes::normalizedTerritory);
        }
        String residenceName = checks.line("requesterResidence", request.requesterResidence(), false, MAX_NAME);
        Residence residence = residenceName == null ? null : parse(residenceName, name -> Residence.parse(name, "requesterResidence"));
        List<ProcedureEvent> events = events(request.events());
        checks.throwIfAny();
        return ProcedureInput.of(regime, territory, events).withAcknowledged(request.acknowledged()).withRequesterResidence(residence);
    }

    private List<ProcedureEvent> events(List<PreviewRequest.Event> events) {
        if (events == null) {
            checks.add("events", checks.msg().v_required());
            return List.of();
        }
        if (events.size() > MAX_EVENTS) {
            checks.add("events", texts.v_too_many_events(MAX_EVENTS));
            return List.of();
        }
        List<ProcedureEvent> read = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            String field = "events[" + i + "]";
            PreviewRequest.Event event = events.get(i);
            if (event == null) {
                checks.add(field, checks.msg().v_required());
                continue;
            }
            String typeName = checks.line(field + ".type", event.type(), true, MAX_NAME);
            EventType type = parse(typeName, name -> EventType.parse(name, field + ".type"));
            LocalDate date = date(field + ".date", checks.line(field + ".date", event.date(), true, MAX_NAME));
            if (type != null && date != null) {
                read.add(new ProcedureEvent(type, date, event.remediesStated()));
            }
        }
        return read;
    }

    /** Strictly YYYY-MM-DD, so that 2025-3-3 or 03/03/2025 get a message saying the expected form. */
    private LocalDate date(String field, String text) {
        if (text == null) {
            return null;
        }
        Matcher parts = ISO_DATE.matcher(text);
        if (!parts.matches()) {
            checks.add(field, texts.v_date_format());
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                    Integer.parseInt(parts.group(3)));
        } catch (DateTimeException e) {
            checks.add(field, texts.v_date_impossible(text));
            return null;
        }
    }

    /** The engine's own parser; its refusal is recorded on the field it names, in the request's language. */
    private <T> T parse(String text, Function<String, T> parser) {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (InvalidProcedureException e) {
            checks.add(e.field(), e.reason(locale));
            return null;
        }
    }
}
