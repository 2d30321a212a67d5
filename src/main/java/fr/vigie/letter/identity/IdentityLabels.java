package fr.vigie.letter.identity;

import java.util.List;
import java.util.stream.Collectors;

/** The interface label of each constant: exhaustive switches, so a new constant without its text does not compile. */
public final class IdentityLabels {

    private IdentityLabels() {
    }

    public static String kind(IdentityMsg msg, IdentityKind kind) {
        return switch (kind) {
            case PERSON -> msg.kind_PERSON();
            case ASSOCIATION -> msg.kind_ASSOCIATION();
        };
    }

    public static String civility(IdentityMsg msg, Civility civility) {
        return switch (civility) {
            case MADAME -> msg.civility_MADAME();
            case MONSIEUR -> msg.civility_MONSIEUR();
        };
    }

    public static String field(IdentityMsg msg, RequesterIdentity.Field field) {
        return switch (field) {
            case CIVILITY -> msg.field_CIVILITY();
            case FIRST_NAME -> msg.field_FIRST_NAME();
            case LAST_NAME -> msg.field_LAST_NAME();
            case ORGANISATION -> msg.field_ORGANISATION();
            case REPRESENTED_BY -> msg.field_REPRESENTED_BY();
            case REPRESENTED_AS -> msg.field_REPRESENTED_AS();
            case ADDRESS -> msg.field_ADDRESS();
            case POSTAL_CODE -> msg.field_POSTAL_CODE();
            case CITY -> msg.field_CITY();
            case EMAIL -> msg.field_EMAIL();
        };
    }

    /** "adresse, code postal" — what an identity lacks, for a page. */
    public static String missing(IdentityMsg msg, List<RequesterIdentity.Field> fields) {
        return fields.stream().map(f -> field(msg, f)).collect(Collectors.joining(", "));
    }
}
