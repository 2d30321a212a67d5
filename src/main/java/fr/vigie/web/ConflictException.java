package fr.vigie.web;

/** The change cannot be made in the current state (stale version, object still in use): HTTP 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
