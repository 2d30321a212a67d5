package fr.vigie.calculator;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the preview endpoint and the calculator page compute from, as the client typed it: every
 * value stays a string so that a wrong regime, type or date is reported on its field with a
 * reason a person can act on, rather than as an unreadable body.
 */
@Schema(description = "A procedure to compute: the regime, where the body sits, where the requester lives, and the known events")
public record PreviewRequest(
        @Schema(description = "FR_CRPA, FR_GDPR, US_FOIA, UK_FOIA or DE_IFG", required = true, examples = "FR_CRPA")
        String regime,
        @Schema(description = "French regimes: département or overseas code (57, 971, MF...); DE_IFG: the Land's ISO 3166-2 code "
                + "(DE-NW, DE-BY...), whose holidays then count (BGB §193); empty for national", examples = "67")
        String territory,
        @Schema(description = "FR_CRPA: whether a compliant acknowledgement was received (policy F); absent if unknown")
        Boolean acknowledged,
        @Schema(description = "French regimes: where the requester lives, for the distance periods of CJA R421-7: METROPOLE, "
                + "OVERSEAS or ABROAD; absent if not given (the earliest date is the act-by date)", examples = "ABROAD")
        String requesterResidence,
        @Schema(description = "The known events, each type at most once, at most " + PreviewReader.MAX_EVENTS, required = true)
        List<Event> events) {

    /** One dated event, e.g. {"type": "REQUEST_RECEIVED", "date": "2025-03-03"}. */
    @Schema(name = "PreviewEvent")
    public record Event(
            @Schema(description = "An event type accepted by the regime", required = true, examples = "REQUEST_RECEIVED")
            String type,
            @Schema(description = "ISO date YYYY-MM-DD, from the day the regime's law applies to 2200", required = true,
                    examples = "2025-03-03")
            String date,
            @Schema(description = "Decisions only (FR_CRPA: EXPRESS_REFUSAL, FINAL_REFUSAL, RECOURS_GRACIEUX_REJECTED; FR_GDPR: "
                    + "CNIL_DECISION_NOTIFIED; DE_IFG: DECISION_NOTIFIED, OBJECTION_DECIDED): false when the notification did not "
                    + "state the remedies and their time limits (CJA R421-5, VwGO §58); absent means stated")
            Boolean remediesStated) {
    }
}
