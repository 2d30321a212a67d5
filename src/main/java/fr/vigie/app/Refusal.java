package fr.vigie.app;

import java.util.List;

/**
 * A change refused, with every reason as a {@link Violation}. Thrown by domain code whoever called it (a page,
 * the API, a job); the web layer turns it into a form error or application/problem+json in the reader's language.
 */
public class Refusal extends RuntimeException {

    /** How the refusal is answered over HTTP. */
    public enum Kind {
        /** Well-formed input that breaks a rule: 422. */
        INVALID(422),
        /** Input that cannot even be read: 400. */
        MALFORMED(400),
        /** The change cannot be made in the current state (stale version): 409. */
        CONFLICT(409),
        /** The thing named does not exist: 404. */
        NOT_FOUND(404),
        /** A file or a body over its size limit: 413. */
        TOO_LARGE(413);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final List<Violation> violations;

    public Refusal(Kind kind, List<Violation> violations) {
        super(violations.isEmpty() ? kind.name() : violations.get(0).field() + ": " + violations.get(0).code().name());
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    public static Refusal invalid(List<Violation> violations) {
        return new Refusal(Kind.INVALID, violations);
    }

    public static Refusal invalid(String field, ViolationCode code, Object... args) {
        return invalid(List.of(Violation.of(field, code, args)));
    }

    public static Refusal malformed(String field, ViolationCode code, Object... args) {
        return new Refusal(Kind.MALFORMED, List.of(Violation.of(field, code, args)));
    }

    public static Refusal stale() {
        return new Refusal(Kind.CONFLICT, List.of(Violation.of("version", FormCode.STALE_VERSION)));
    }

    public static Refusal notFound(String field) {
        return new Refusal(Kind.NOT_FOUND, List.of(Violation.of(field, FormCode.NOT_FOUND)));
    }

    /** Throws a refusal of the given violations, if any. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
    }

    public Kind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }
}
