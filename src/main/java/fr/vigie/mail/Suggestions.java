package fr.vigie.mail;

import java.text.Normalizer;
import java.util.Locale;

import fr.vigie.request.procedure.RequestEventType;

/**
 * The meaning an incoming message probably has, from its words: a suggestion the user confirms or corrects in
 * one click, never recorded alone. French and English wording of administrations.
 */
final class Suggestions {

    private Suggestions() {
    }

    static RequestEventType suggest(String subject, String text, int attachments) {
        String s = plain(subject + "\n" + (text.length() > 20_000 ? text.substring(0, 20_000) : text));
        if (has(s, "accuse de reception", "accuser reception", "bien recu votre", "avons bien recu", "acknowledg")) {
            return RequestEventType.RECEIVED;
        }
        if (has(s, "prorog", "prolong", "delai supplementaire", "extension of time", "need more time")) {
            return RequestEventType.EXTENSION_NOTIFIED;
        }
        if (has(s, "transmis votre demande", "transmettons votre demande", "service competent", "autorite competente",
                "transferred your request")) {
            return RequestEventType.TRANSFERRED;
        }
        if (has(s, "preciser votre demande", "precisions", "clarif")) {
            return RequestEventType.CLARIFICATION_ASKED;
        }
        if (attachments > 0 || has(s, "refus", "rejet", "ne pouvons pas", "ne peut etre communique", "ne sont pas communicables",
                "refuse", "veuillez trouver", "ci-joint")) {
            return RequestEventType.ANSWER;
        }
        return null;
    }

    private static boolean has(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
