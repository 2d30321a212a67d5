package fr.vigie.web;

import java.util.List;

/**
 * Input that cannot be accepted. Pages show the messages beside their fields; the API answers
 * application/problem+json with the same list.
 */
public class InvalidInputException extends RuntimeException {

    private final int status;
    private final List<FieldError> errors;

    public InvalidInputException(int status, List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** 422: well-formed input that breaks a rule. */
    public static InvalidInputException of(List<FieldError> errors) {
        return new InvalidInputException(422, errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(422, List.of(new FieldError(field, message)));
    }

    /** 400: input that cannot even be read (wrong type, malformed value). */
    public static InvalidInputException malformed(String field, String message) {
        return new InvalidInputException(400, List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
