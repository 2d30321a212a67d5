package fr.vigie.request.procedure;

/** What an answer gave. Anything but FULL leaves the requester something to contest. */
public enum Outcome {
    FULL,
    PARTIAL,
    REFUSED,
    NOT_HELD,
    OTHER;

    /** A refusal in the legal sense: partial communication and "not held" can be contested like a refusal. */
    public boolean isRefusal() {
        return this == PARTIAL || this == REFUSED || this == NOT_HELD;
    }
}
