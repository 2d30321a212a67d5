package fr.vigie.letter.identity;

/** The name an identity signs with, as far as it is known ("Marie Dupont", "Association X"). */
public final class Signatures {

    private Signatures() {
    }

    public static String name(RequesterIdentity i) {
        if (i.kind == IdentityKind.ASSOCIATION) {
            return i.organisation == null ? "" : i.organisation;
        }
        return ((i.firstName == null ? "" : i.firstName + " ") + (i.lastName == null ? "" : i.lastName)).strip();
    }
}
