package fr.vigie.letter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PDF layer on its own: characters XML cannot carry. */
class HtmlPdfTest {

    @Test
    void charactersXmlCannotCarryAreDroppedNotFatal() {
        byte[] pdf = HtmlPdf.render("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body style=\"font-family: 'DejaVu Serif'\">"
                + "<p>Préfecture \uFFFF« Vidéo » 🚓 fin</p></body></html>", "test");
        assertThat(PdfText.text(pdf)).contains("Préfecture « Vidéo »").contains("fin");
    }
}
