package fr.vigie.letter;

import java.util.ArrayList;
import java.util.List;

import fr.vigie.letter.identity.Civility;
import fr.vigie.letter.identity.IdentityKind;
import fr.vigie.letter.identity.RequesterIdentity;
import fr.vigie.letter.identity.RequesterIdentity.Field;

/**
 * The requester as letters print them, in the letter's language; each missing field is a bracketed note
 * ({@link Blanks}) rather than a blank.
 *
 * @param intro     French opening: "Je soussignée, Madame Marie Dupont, demeurant …"
 * @param party     French court party: "Madame Marie Dupont, demeurant …, courriel : …"
 * @param block     the sender block of the printed letter, one line each
 */
public record Signer(String name, String signature, String addressLine, String email, String intro, String party,
        List<String> block, String place, List<Field> missing) {

    public static Signer of(RequesterIdentity i, LetterLanguage lang) {
        if (i == null) {
            String none = Blanks.noIdentity(lang);
            return new Signer(none, none, none, none, none, none, List.of(none), none, List.of(Field.values()));
        }
        Values v = new Values(i, lang);
        boolean association = i.kind == IdentityKind.ASSOCIATION;
        String person = association ? v.get(Field.REPRESENTED_BY, i.representedBy)
                : v.get(Field.FIRST_NAME, i.firstName) + " " + v.get(Field.LAST_NAME, i.lastName);
        String organisation = association ? v.get(Field.ORGANISATION, i.organisation) : null;
        String function = association ? v.get(Field.REPRESENTED_AS, i.representedAs) : null;
        String street = i.addressLineList().isEmpty() ? v.get(Field.ADDRESS, null) : String.join(", ", i.addressLineList());
        String town = v.get(Field.POSTAL_CODE, i.postalCode) + " " + v.get(Field.CITY, i.city);
        String country = i.country == null ? "" : ", " + i.country;
        String addressLine = street + ", " + town + country;
        String email = v.get(Field.EMAIL, i.email);
        String formal = association ? person : civility(i.civility, lang, v) + " " + person;
        String name = association ? organisation : person;
        String signature = association ? person + "\n" + function + (lang == LetterLanguage.FR ? " de l'association " : ", ") + organisation : person;
        String intro = association
                ? "Je soussigné(e) " + person + ", agissant en qualité de " + function + " de l'association " + organisation
                        + ", dont le siège est situé " + addressLine + " (courriel : " + email + ")"
                : "Je " + soussigne(i.civility) + ", " + formal + ", demeurant " + addressLine + " (courriel : " + email + ")";
        String phone = i.phone == null ? "" : ", téléphone : " + i.phone;
        String party = association
                ? "L'association " + organisation + ", dont le siège est situé " + addressLine + ", représentée par " + person
                        + ", " + function + ", courriel : " + email + phone
                : formal + ", demeurant " + addressLine + ", courriel : " + email + phone;
        List<String> block = new ArrayList<>();
        block.add(association ? organisation : formal);
        if (association) {
            block.add(person + ", " + function);
        }
        block.add(street);
        block.add(town);
        if (i.country != null) {
            block.add(i.country);
        }
        block.add(email);
        if (i.phone != null) {
            block.add(i.phone);
        }
        String place = i.city == null ? v.get(Field.CITY, null) : i.city;
        return new Signer(name, signature, addressLine, email, intro, party, block, place, i.missing());
    }

    private static String soussigne(Civility civility) {
        return civility == null ? "soussigné(e)" : civility == Civility.MADAME ? "soussignée" : "soussigné";
    }

    private static String civility(Civility civility, LetterLanguage lang, Values v) {
        if (civility == null) {
            return v.get(Field.CIVILITY, null);
        }
        boolean madame = civility == Civility.MADAME;
        return switch (lang) {
            case FR -> madame ? "Madame" : "Monsieur";
            case EN_US, EN_GB -> madame ? "Ms" : "Mr";
            case DE -> madame ? "Frau" : "Herr";
        };
    }

    /** A field's value, or the note saying it is missing. */
    private record Values(RequesterIdentity identity, LetterLanguage lang) {
        String get(Field field, String value) {
            return value == null || value.isBlank() ? Blanks.identity(lang, field, identity.label) : value;
        }
    }
}
