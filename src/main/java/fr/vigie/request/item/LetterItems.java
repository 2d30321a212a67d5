package fr.vigie.request.item;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Proposes a request's items from the numbered lines of its letter ("1. les bons de commande... ;"). */
public final class LetterItems {

    /** A label is short: longer lines keep their whole text as the description. */
    public static final int LABEL_LENGTH = 120;
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,2})\\s*[.)°]\\s+(\\S.*)$");

    /** A proposed item: a short label, and the whole line when the label had to be cut. */
    public record Proposal(String label, String description) {
    }

    private LetterItems() {
    }

    public static List<Proposal> propose(String letter) {
        List<Proposal> proposals = new ArrayList<>();
        if (letter == null) {
            return proposals;
        }
        for (String line : letter.split("\\R")) {
            Matcher m = NUMBERED.matcher(line);
            if (m.matches() && proposals.size() < ItemRules.MAX_ITEMS) {
                String text = m.group(2).strip().replaceAll("\\s*[;.,]+$", "");
                proposals.add(text.length() <= LABEL_LENGTH ? new Proposal(capitalised(text), null)
                        : new Proposal(capitalised(cut(text)), text));
            }
        }
        return proposals;
    }

    /** The text up to its first clause (comma, semicolon, parenthesis) if short enough, else cut at a word. */
    private static String cut(String text) {
        int clause = indexOfAny(text, ",;(");
        if (clause >= 20 && clause <= LABEL_LENGTH) {
            return text.substring(0, clause).strip();
        }
        int space = text.lastIndexOf(' ', LABEL_LENGTH - 1);
        return text.substring(0, space > 20 ? space : LABEL_LENGTH - 1).strip() + "…";
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
