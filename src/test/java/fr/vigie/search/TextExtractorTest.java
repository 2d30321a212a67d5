package fr.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

import fr.vigie.search.extract.Extracted;
import fr.vigie.search.extract.TextExtractor;

/** Text read from real files made in the test: pages, Word, scans with and without OCR, limits, damage. */
class TextExtractorTest {

    private static final TextExtractor WITH_OCR = new TextExtractor("fra+eng", 1_000_000);
    private static final TextExtractor WITHOUT_OCR = new TextExtractor("none", 1_000_000);

    @Test
    void aPdfGivesTheTextOfEachPageAndWhereEachStarts() throws Exception {
        Extracted e = WITHOUT_OCR.extract(SearchFixtures.pdf("Bon de commande BriefCam", "Analyse d'impact AIPD"),
                "commande.pdf", "application/pdf", 60);
        assertThat(e.pageStarts()).hasSize(2);
        int second = e.pageStarts().get(1);
        assertThat(e.text().substring(0, second)).contains("Bon de commande BriefCam").doesNotContain("AIPD");
        assertThat(e.text().substring(second)).contains("Analyse d'impact AIPD");
        assertThat(e.ocr()).isFalse();
    }

    @Test
    void aWordDocumentGivesItsParagraphs() throws Exception {
        Extracted e = WITHOUT_OCR.extract(SearchFixtures.docx("Registre des traitements", "Vidéoprotection à Nîmes"),
                "registre.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 60);
        assertThat(e.text()).contains("Registre des traitements").contains("Vidéoprotection à Nîmes");
        assertThat(e.pageStarts()).isEmpty();
    }

    @Test
    void aScanIsReadByTesseract() throws Exception {
        requireTesseract();
        Extracted e = WITH_OCR.extract(SearchFixtures.scannedPdf("Convention de vidéosurveillance", "Préfecture du Gard"),
                "scan.pdf", "application/pdf", 120);
        assertThat(e.ocr()).isTrue();
        assertThat(e.pageStarts()).hasSize(1);
        assertThat(e.text()).containsIgnoringCase("Convention").containsIgnoringCase("Gard");
    }

    /** CI installs Tesseract (.ci/run): there its absence fails; elsewhere the OCR tests are skipped with a message. */
    static void requireTesseract() {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(WITH_OCR.ocrAvailable()).as("tesseract installed in CI").isTrue();
        }
        assumeTrue(WITH_OCR.ocrAvailable(), "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-fra)");
    }

    @Test
    void withoutOcrAScanHasNoText() throws Exception {
        Extracted e = WITHOUT_OCR.extract(SearchFixtures.scannedPdf("Convention de vidéosurveillance"), "scan.pdf",
                "application/pdf", 60);
        assertThat(e.hasText()).isFalse();
        assertThat(e.ocr()).isFalse();
    }

    @Test
    void textPastTheLimitIsCut() throws Exception {
        TextExtractor small = new TextExtractor("none", 50);
        Extracted e = small.extract(("mot ".repeat(100)).getBytes(), "long.txt", "text/plain", 60);
        assertThat(e.cut()).isTrue();
        assertThat(e.text().length()).isLessThanOrEqualTo(50);
    }

    @Test
    void nulAndLoneSurrogatesNeverReachTheDatabase() {
        assertThat(Extracted.clean("a\u0000b \uD800 c \uD83D\uDE00")).isEqualTo("a b   c \uD83D\uDE00");
    }

    @Test
    void aDamagedPdfFails() {
        byte[] pdf = SearchFixtures.pdf("Bon de commande");
        byte[] damaged = java.util.Arrays.copyOf(pdf, 40);
        assertThatThrownBy(() -> WITHOUT_OCR.extract(damaged, "broken.pdf", "application/pdf", 60)).isInstanceOf(Exception.class);
    }
}
