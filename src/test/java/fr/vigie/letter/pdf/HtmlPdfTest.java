package fr.vigie.letter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The PDF layer on its own: text blocks, and characters XML cannot carry. */
class HtmlPdfTest {

    @Test
    void charactersXmlCannotCarryAreDroppedNotFatal() {
        byte[] pdf = HtmlPdf.render("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body style=\"font-family: 'DejaVu Serif'\">"
                + "<p>Préfecture \uFFFF« Vidéo » 🚓 fin</p></body></html>", "test");
        assertThat(PdfText.text(pdf)).contains("Préfecture « Vidéo »").contains("fin");
    }

    @Test
    void textBecomesSubjectParagraphsHeadingAndList() {
        List<LetterPdf.Block> blocks = LetterPdf.blocks("Objet : saisine\n\nMadame,\nligne deux\n\n\nPièces jointes :\n- une\n- deux\n");
        assertThat(blocks).extracting(LetterPdf.Block::kind).containsExactly("subject", "para", "heading", "list");
        assertThat(blocks.get(1).lines()).containsExactly("Madame,", "ligne deux");
        assertThat(blocks.get(3).lines()).containsExactly("une", "deux");
    }
}
