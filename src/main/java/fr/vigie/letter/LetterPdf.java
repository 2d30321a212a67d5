package fr.vigie.letter;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fr.vigie.letter.pdf.HtmlPdf;

/**
 * A letter for the post office: sender block, recipient block, place and date, the registered-post mention,
 * the text (its subject line in bold, its list of attachments as a list), page numbers.
 */
public final class LetterPdf {

    /** A run of the text: the subject line, a paragraph, a heading ("Pièces jointes :") or a list. */
    public record Block(String kind, List<String> lines) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance letter(PrintedLetter letter, List<Block> blocks, String lang, String page);
    }

    private LetterPdf() {
    }

    public static byte[] render(PrintedLetter letter) {
        String xhtml = Templates.letter(letter, blocks(letter.text()), letter.language().code(), pageWord(letter.language()))
                .render();
        return HtmlPdf.render(xhtml, "letter");
    }

    /** Splits the text at blank lines; a paragraph of "- " lines is a list, the first "Objet :" line the subject. */
    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String para : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            List<String> lines = para.lines().map(String::stripTrailing).filter(l -> !l.isBlank()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            String first = lines.get(0);
            if (blocks.isEmpty() && isSubject(first)) {
                blocks.add(new Block("subject", lines));
            } else if (lines.stream().allMatch(l -> l.startsWith("- "))) {
                blocks.add(new Block("list", lines.stream().map(l -> l.substring(2)).toList()));
            } else if (lines.size() > 1 && first.endsWith(":") && lines.stream().skip(1).allMatch(l -> l.startsWith("- "))) {
                blocks.add(new Block("heading", List.of(first)));
                blocks.add(new Block("list", lines.stream().skip(1).map(l -> l.substring(2)).toList()));
            } else {
                blocks.add(new Block("para", lines));
            }
        }
        return blocks;
    }

    private static boolean isSubject(String line) {
        String l = line.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("objet") || l.startsWith("subject") || l.startsWith("betreff");
    }

    private static String pageWord(LetterLanguage language) {
        return switch (language) {
            case FR, EN_US, EN_GB -> "Page";
            case DE -> "Seite";
        };
    }
}
