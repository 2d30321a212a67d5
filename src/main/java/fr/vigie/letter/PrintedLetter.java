package fr.vigie.letter;

import java.util.List;

/** What goes on paper: sender and recipient blocks, place and date, the sending mention, the text. */
public record PrintedLetter(LetterLanguage language, List<String> sender, List<String> recipient, String placeAndDate,
        String channel, String text) {

    /** "Lettre recommandée avec demande d'avis de réception", when sent that way. */
    public String mention() {
        if (!"REGISTERED_POST".equals(channel)) {
            return null;
        }
        return switch (language) {
            case FR -> "Lettre recommandée avec demande d'avis de réception";
            case EN_US -> "Sent by certified mail, return receipt requested";
            case EN_GB -> "Sent by recorded delivery";
            case DE -> "Einschreiben mit Rückschein";
        };
    }
}
