package fr.vigie.calculator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.vigie.deadline.EventType;
import fr.vigie.deadline.InvalidProcedureException;
import fr.vigie.deadline.Regime;
import fr.vigie.web.FieldError;

/**
 * The calculator's GET form as submitted, kept as typed so the page can show it back. One date
 * field per event type of the chosen regime, named after the type (REQUEST_RECEIVED=2025-03-03),
 * so that a URL is a bookmarkable computation.
 *
 * @param regime       as typed, null before the first submission
 * @param territory    as typed
 * @param acknowledged "true", "false" or anything else as typed (FR_CRPA only)
 * @param dates        the date fields of the regime shown
 */
public record CalculatorForm(String regime, String territory, String acknowledged, List<DateField> dates) {

    /** Where local holidays differ from the national calendar (policy C); other codes can still be typed in a URL. */
    static final List<String> TERRITORIES = List.of("57", "67", "68", "971", "972", "973", "974", "976", "MF", "BL");
    private static final Regime FIRST_REGIME = Regime.FR_CRPA;
    private static final List<String> ACKNOWLEDGEMENT_VALUES = List.of("", "true", "false");
    private static final Pattern EVENT_FIELD = Pattern.compile("events\\[(\\d+)\\].*");

    /** One date input, named after its event type, labelled in the page language, with its value as typed. */
    public record DateField(String name, String label, String value) {
    }

    static CalculatorForm from(MultivaluedMap<String, String> query, Locale locale) {
        String regime = query.getFirst("regime");
        List<DateField> dates = new ArrayList<>();
        for (EventType type : shownRegime(regime).acceptedEvents()) {
            String label = type.label().in(locale);
            dates.add(new DateField(type.name(), label.substring(0, 1).toUpperCase(locale) + label.substring(1),
                    query.getFirst(type.name())));
        }
        return new CalculatorForm(regime, query.getFirst("territory"), query.getFirst("acknowledged"), List.copyOf(dates));
    }

    /** The first visit shows the form only; any submission (it always carries the regime) is computed. */
    public boolean submitted() {
        return regime != null;
    }

    /** The regime to select: the one typed, the first one on the first visit, none when it is unknown. */
    public Regime selectedRegime() {
        return regime == null ? FIRST_REGIME : parsedRegime(regime);
    }

    /** An unknown regime as typed, kept as an extra option beside its error. */
    public String keptRegime() {
        return regime != null && parsedRegime(regime) == null ? regime : null;
    }

    /** Whether the acknowledgement question is shown: it only matters under FR_CRPA (policy F). */
    public boolean crpa() {
        return shownRegime(regime) == Regime.FR_CRPA;
    }

    /** The territory option to select ("" for national). */
    public String territoryCode() {
        return territory == null ? "" : territory.strip().toUpperCase(Locale.ROOT);
    }

    /** A code that is not among the options (75, or a wrong one), kept as an extra option. */
    public String keptTerritory() {
        return territoryCode().isEmpty() || TERRITORIES.contains(territoryCode()) ? null : territory;
    }

    /** The radio to check: "true", "false" or "" (unknown). */
    public String acknowledgedChoice() {
        return "true".equals(acknowledged) || "false".equals(acknowledged) ? acknowledged : "";
    }

    /** Errors of the fields only the page has: the acknowledgement radios. */
    List<FieldError> pageErrors(CalcMsg texts) {
        boolean understood = acknowledged == null || ACKNOWLEDGEMENT_VALUES.contains(acknowledged);
        return crpa() && !understood ? List.of(new FieldError("acknowledged", texts.v_acknowledged())) : List.of();
    }

    /** What the engine computes from: the filled dates, in the order of the form. */
    PreviewRequest toRequest() {
        Boolean acknowledgement = crpa() && !acknowledgedChoice().isEmpty() ? Boolean.valueOf(acknowledged) : null;
        return new PreviewRequest(regime, territory, acknowledgement, filledDates().stream()
                .map(field -> new PreviewRequest.Event(field.name(), field.value())).toList());
    }

    /** The preview's field names ("events[1].date") as the form's ("CADA_REGISTERED"). */
    FieldError onForm(FieldError error) {
        Matcher event = EVENT_FIELD.matcher(error.field());
        if (!event.matches()) {
            return error;
        }
        return new FieldError(filledDates().get(Integer.parseInt(event.group(1))).name(), error.message());
    }

    private List<DateField> filledDates() {
        return dates.stream().filter(field -> field.value() != null && !field.value().isBlank()).toList();
    }

    /** The regime whose date fields are shown: an unknown one shows the first regime's. */
    private static Regime shownRegime(String name) {
        Regime parsed = parsedRegime(name);
        return parsed == null ? FIRST_REGIME : parsed;
    }

    private static Regime parsedRegime(String name) {
        try {
            return Regime.parse(name);
        } catch (InvalidProcedureException e) {
            return null;
        }
    }
}
