package fr.vigie.request.procedure;

/** The fields an event may carry beside its type, date and note; each type says which are its own. */
public enum EventField {
    /** How it was sent (SENT); the request's own channel when left out. */
    CHANNEL("channel", false),
    /** Whether a compliant acknowledgement came with the receipt (RECEIVED; L112-3, R112-5 CRPA). */
    ACKNOWLEDGED("acknowledged", true),
    /** The competent body the request was forwarded to (TRANSFERRED). */
    TO_BODY("toBodyId", true),
    /** What an answer or a decision gave. */
    OUTCOME("outcome", true),
    /** The sense of the CADA's avis. */
    AVIS("avis", true),
    /** The CADA's or the court's case number. */
    CASE_NUMBER("caseNumber", false),
    /**
     * On a decision: whether it stated the remedies and their time limits (R421-5 CJA; L311-14, L412-3 CRPA; §58
     * VwGO). Left out, it is taken as stated; a decision that did not makes the deadlines unenforceable.
     */
    REMEDIES_STATED("remediesStated", false);

    private final String field;
    private final boolean required;

    EventField(String field, boolean required) {
        this.field = field;
        this.required = required;
    }

    /** The field's name in forms and the API. */
    public String field() {
        return field;
    }

    /** Whether an event of a type that has this field must give it. */
    public boolean required() {
        return required;
    }
}
