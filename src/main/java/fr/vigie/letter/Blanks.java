package fr.vigie.letter;

import fr.vigie.letter.identity.RequesterIdentity;

/**
 * What a letter prints where a fact is missing: a bracketed note saying which field to complete, in the
 * letter's language, never a blank.
 */
public final class Blanks {

    private Blanks() {
    }

    public static String of(LetterLanguage lang, String what) {
        return switch (lang) {
            case FR -> "[à compléter : " + what + "]";
            case EN_US, EN_GB -> "[to complete: " + what + "]";
            case DE -> "[zu ergänzen: " + what + "]";
        };
    }

    /** The note for a field of the identity, naming the identity so the user knows where to complete it. */
    public static String identity(LetterLanguage lang, RequesterIdentity.Field field, String identityLabel) {
        String name = field(lang, field);
        return switch (lang) {
            case FR -> "[à compléter : " + name + " — identité « " + identityLabel + " »]";
            case EN_US, EN_GB -> "[to complete: " + name + " — identity \"" + identityLabel + "\"]";
            case DE -> "[zu ergänzen: " + name + " — Identität „" + identityLabel + "“]";
        };
    }

    /** No identity at all: the user has none yet. */
    public static String noIdentity(LetterLanguage lang) {
        return switch (lang) {
            case FR -> "[à compléter : identité du demandeur — créez-la dans Mon compte › Identités]";
            case EN_US, EN_GB -> "[to complete: requester's identity — create one under My account › Identities]";
            case DE -> "[zu ergänzen: Identität des Antragstellers — unter Mein Konto › Identitäten anlegen]";
        };
    }

    static String field(LetterLanguage lang, RequesterIdentity.Field field) {
        boolean fr = lang == LetterLanguage.FR;
        boolean de = lang == LetterLanguage.DE;
        return switch (field) {
            case CIVILITY -> fr ? "civilité" : de ? "Anrede" : "title";
            case FIRST_NAME -> fr ? "prénom" : de ? "Vorname" : "first name";
            case LAST_NAME -> fr ? "nom" : de ? "Nachname" : "last name";
            case ORGANISATION -> fr ? "nom de l'association" : de ? "Name des Vereins" : "name of the association";
            case REPRESENTED_BY -> fr ? "représentant de l'association" : de ? "Vertreter des Vereins" : "representative";
            case REPRESENTED_AS -> fr ? "fonction du représentant" : de ? "Funktion des Vertreters" : "function of the representative";
            case ADDRESS -> fr ? "adresse postale" : de ? "Anschrift" : "postal address";
            case POSTAL_CODE -> fr ? "code postal" : de ? "Postleitzahl" : "postal code";
            case CITY -> fr ? "ville" : de ? "Ort" : "city";
            case EMAIL -> fr ? "courriel" : de ? "E-Mail-Adresse" : "email";
        };
    }
}
