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
import fr.vigie.deadline.Residence;
import fr.vigie.deadline.calendar.GermanLands;
import fr.vigie.web.FieldError;

/**
 * The calculator's GET form as submitted, kept as typed so the page can show it back. One date
 * field per event type of the chosen regime, named after the type (REQUEST_RECEIVED=2025-03-03),
 * so that a URL is a bookmarkable computation; a decision notified without its remedies is ticked
 * in "noRemedies" (noRemedies=EXPRESS_REFUSAL, repeated).
 *
 * @param regime       as typed, null before the first submission
 * @param territory    as typed
 * @param acknowledged "true", "false" or anything else as typed (FR_CRPA only)
 * @param residence    as typed ("" or absent: not given)
 * @param noRemedies   the decision types ticked, as typed
 * @param dates        the date fields of the regime shown
 */
public record CalculatorForm(String regime, String territory, String acknowledged, String residence, List<String> noRemedies,
                             List<DateField> dates) {

    /** Where local holidays differ from the national calendar (policy C); other codes can still be typed in a URL. */
    static final List<String> TERRITORIES = List.of("57", "67", "68", "971", "972", "973", "974", "976", "MF", "BL");
    static final List<String> RESIDENCES = List.of(Residence.METROPOLE.name(), Residence.OVERSEAS.name(), Residence.ABROAD.name());
    private static final Regime FIRST_REGIME = Regime.FR_CRPA;
    private static final List<String> ACKNOWLEDGEMENT_VALUES = List.of("", "true", "false");
    private static final Pattern EVENT_FIELD = Pattern.compile("events\\[(\\d+)\\]\\.?(.*)");
    /** Far more than any regime's decisions: only there to bound the work. */
    private static final int MAX_TICKS = 20;

    /**
     * One input, named after its event type, labelled in the page language, with its value as typed.
     *
     * @param remedies   the decision must state its remedies: the page offers a box to say it did not
     * @param noRemedies that box is ticked
     */
    public record DateField(String name, String label, String value, boolean remedies, boolean noRemedies) {
    }

    static CalculatorForm from(MultivaluedMap<String, String> query, Locale locale) {
        String regime = query.getFirst("regime");
        Regime shown = shownRegime(regime);
        List<String> ticked = query.getOrDefault("noRemedies", List.of());
        List<DateField> dates = new ArrayList<>();
        for (EventType type : shown.acceptedEvents()) {
            String label = type.label().in(locale);
            dates.add(new DateField(type.name(), label.substring(0, 1).toUpperCase(locale) + label.substring(1),
                    query.getFirst(type.name()), shown.takesRemediesStated(type), ticked.contains(type.name())));
        }
        return new CalculatorForm(regime, query.getFirst("territory"), query.getFirst("acknowledged"),
                query.getFirst("requesterResidence"), List.copyOf(ticked), List.copyOf(dates));
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

    /** Whether the territory is a Land (DE_IFG) rather than a French code. */
    public boolean german() {
        return shownRegime(regime) == Regime.DE_IFG;
    }

    /** The territory options of the regime shown: the Länder under DE_IFG, else the French codes with local holidays. */
    public List<String> territories() {
        return german() ? GermanLands.codes() : TERRITORIES;
    }

    /** "Nordrhein-Westfalen (DE-NW)". */
    public String landName(String code) {
        return GermanLands.name(code) + " (" + code + ")";
    }

    /** The territory option to select ("" for national). */
    public String territoryCode() {
        return territory == null ? "" : territory.strip().toUpperCase(Locale.ROOT);
    }

    /** A code that is not among the options (75, or a wrong one), kept as an extra option. */
    public String keptTerritory() {
        return territoryCode().isEmpty() || territories().contains(territoryCode()) ? null : territory;
    }

    /** The radio to check: "true", "false" or "" (unknown). */
    public String acknowledgedChoice() {
        return "true".equals(acknowledged) || "false".equals(acknowledged) ? acknowledged : "";
    }

    /** The residence option to select ("" when not given). */
    public String residenceCode() {
        return residence == null ? "" : residence.strip().toUpperCase(Locale.ROOT);
    }

    /** A residence that is not among the options, kept as an extra option beside its error. */
    public String keptResidence() {
        return residenceCode().isEmpty() || RESIDENCES.contains(residenceCode()) ? null : residence;
    }

    /** Errors of the fields only the page has: the acknowledgement radios, the boxes of decisions without remedies. */
    List<FieldError> pageErrors(CalcMsg texts) {
        List<FieldError> errors = new ArrayList<>();
        boolean understood = acknowledged == null || ACKNOWLEDGEMENT_VALUES.contains(acknowledged);
        if (crpa() && !understood) {
            errors.add(new FieldError("acknowledged", texts.v_acknowledged()));
        }
        boolean known = noRemedies.size() <= MAX_TICKS && noRemedies.stream()
                .allMatch(name -> dates.stream().anyMatch(field -> field.remedies() && field.name().equals(name)));
        if (!known) {
            errors.add(new FieldError("noRemedies", texts.v_no_remedies()));
        }
        return errors;
    }

    /** What the engine computes from: the filled dates, in the order of the form. */
    PreviewRequest toRequest() {
        Boolean acknowledgement = crpa() && !acknowledgedChoice().isEmpty() ? Boolean.valueOf(acknowledged) : null;
        return new PreviewRequest(regime, territory, acknowledgement, residence, filledDates().stream()
                .map(field -> new PreviewRequest.Event(field.name(), field.value(), field.noRemedies() ? Boolean.FALSE : null)).toList());
    }

    /** The preview's field names ("events[1].date") as the form's ("CADA_REGISTERED"; its box for "remediesStated"). */
    FieldError onForm(FieldError error) {
        Matcher event = EVENT_FIELD.matcher(error.field());
        if (!event.matches()) {
            return error;
        }
        String name = filledDates().get(Integer.parseInt(event.group(1))).name();
        return new FieldError(event.group(2).equals("remediesStated") ? "noRemedies" : name, error.message());
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
