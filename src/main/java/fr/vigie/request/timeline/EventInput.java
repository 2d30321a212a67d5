package fr.vigie.request.timeline;

/** An event as submitted by a form or the API, before validation: all text, so each field can be reported. */
public record EventInput(String type, String date, String note, String channel, String acknowledged,
        String toBodyId, String outcome, String avis, String caseNumber) {
}
