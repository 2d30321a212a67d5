package fr.vigie.letter;

import java.util.List;

import fr.vigie.publicbody.FrenchArticles;

/**
 * What a letter template sees: facts already written out in the letter's language, a bracketed note where
 * one is missing. Values that templates test (received, avis...) are null when unknown; values they print
 * unconditionally are never null.
 */
public record LetterModel(Request request, Party body, Signer signer, String sent, String received,
        boolean receiptEstimated, RefusalView refusal, String implicitRefusal, String implicitRefusalDue,
        String reasonsAsked, String responseDue, boolean responseDuePassed, String cadaBy, boolean hasCadaBy,
        String courtBy, boolean hasCourtBy, String appealBy, String objectionBy, String cadaReferralSent,
        String cadaRegistered, AvisView avis, String decisionAfterAvis, String confirmedRefusal, List<Member> members,
        String court, String place, String today, boolean gdpr, boolean us, List<ItemView> itemsNotGiven) {

    /** A document asked for that was not given, with what the body did and the grounds it gave, in the letter's language. */
    public record ItemView(String label, String fate, String grounds) {
    }

    /** @param fullLetter the request's text is already a whole letter (it opens with "Objet"/"Subject"/"Betreff") */
    public record Request(String title, String text, boolean fullLetter, String reference, String cadaCase) {
    }

    /**
     * @param address one line, or null when the body's address is unknown
     */
    public record Party(String name, String address, String email, String prada) {

        /** The name in a French sentence: "la Commune de Roubaix", "le Ministère de l'Intérieur". */
        public String the() {
            return FrenchArticles.the(name);
        }

        /** The same opening a sentence: "La Commune de Roubaix". */
        public String theAtStart() {
            return FrenchArticles.theAtStart(name);
        }

        /** After "à": "à la Commune de Roubaix", "au Ministère de l'Intérieur". */
        public String toThe() {
            return FrenchArticles.toThe(name);
        }

        /** After "de": "de la Commune de Roubaix", "du Ministère de l'Intérieur". */
        public String ofThe() {
            return FrenchArticles.ofThe(name);
        }
    }

    /** @param known whether a refusal is on record; when not, date and outcome are notes to complete */
    public record RefusalView(boolean known, boolean implicit, String date, String outcome) {
    }

    public record AvisView(String date, String label) {
    }

    /** One body of a grouped referral. */
    public record Member(String bodyName, String bodyAddress, String sent, String received, String refusal,
            boolean implicit, String refusalDate, String cadaBy) {
    }
}
