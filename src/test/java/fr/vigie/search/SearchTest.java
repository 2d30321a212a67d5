package fr.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Must-show 1: what is written through the API is found, with snippets saying what matched: a word of a letter,
 * of a note, of a PDF (and its page), of a DOCX and of a scanned PDF read by OCR; French as it is written.
 */
@QuarkusTest
class SearchTest {

    private static final String EDITOR = TestAccounts.EDITOR;
    private static String word;
    private static int body;
    private static int request;
    private static int note;

    @BeforeEach
    void writeARequestWithItsNoteAndDocumentsOnce() {
        if (word != null) {
            return;
        }
        TestAccounts.ensure();
        word = SearchApi.unique("vig");
        body = SearchApi.newBody("Préfecture du Gard " + word, "PREFECTURE", "30");
        request = SearchApi.newRequest(body, "Caméras de vidéoprotection " + word,
                "Je vous prie de me communiquer l'analyse d'impact relative à la sécurité des caméras, dossier " + word + ".",
                "PRIVATE", List.of("briefcam", "cnil"));
        note = SearchApi.event(request, Map.of("type", "SENT", "date", "2025-03-03", "channel", "EMAIL",
                "note", "Relancé par téléphone, le secrétariat parle d'une AIPD signée " + word));
        SearchApi.upload(request, "bon-de-commande.pdf", SearchFixtures.pdf("Bon de commande n° 42 " + word,
                "Page deux : licence BriefCam Ultimate, maintenance " + word), "application/pdf");
        SearchApi.upload(request, "registre.docx", SearchFixtures.docx("Registre des traitements de données " + word),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        SearchApi.upload(request, "scan-convention.pdf", SearchFixtures.scannedPdf("Convention de vidéosurveillance",
                "signée avec la commune de Marguerittes"), "application/pdf");
    }

    @Test
    void aWordOfTheLetterIsFoundWithItsSnippet() {
        JsonPath r = SearchApi.found(EDITOR, "q", "impact " + word, "type", "REQUEST");
        assertThat(r.getInt("items[0].requestId")).isEqualTo(request);
        assertThat(r.getString("items[0].matched")).isEqualTo("LETTER");
        assertThat(r.getString("items[0].snippet")).contains("analyse d'impact");
        List<Integer> mark = r.getList("items[0].highlights[0]");
        assertThat(r.getString("items[0].snippet").substring(mark.get(0), mark.get(1))).isEqualTo("d'impact");
    }

    @Test
    void aWordOfANoteIsFoundAsTheNote() {
        JsonPath r = SearchApi.found(EDITOR, "q", "AIPD " + word);
        assertThat(r.getString("items[0].type")).isEqualTo("NOTE");
        assertThat(r.getInt("items[0].eventId")).isEqualTo(note);
        assertThat(r.getString("items[0].matched")).isEqualTo("NOTE");
        assertThat(r.getString("items[0].snippet")).contains("AIPD");
    }

    @Test
    void aWordOfAPdfIsFoundWithItsPage() {
        JsonPath r = SearchApi.found(EDITOR, "q", "maintenance " + word);
        assertThat(r.getString("items[0].type")).isEqualTo("DOCUMENT");
        assertThat(r.getString("items[0].label")).isEqualTo("bon-de-commande.pdf");
        assertThat(r.getString("items[0].bodyName")).isEqualTo("Préfecture du Gard " + word);
        assertThat(r.getString("items[0].matched")).isEqualTo("CONTENT");
        assertThat(r.getInt("items[0].page")).isEqualTo(2);
        assertThat(r.getString("items[0].snippet")).contains("BriefCam Ultimate");
        assertThat(r.getString("items[0].status")).isEqualTo("DONE");
    }

    @Test
    void aWordOfADocxIsFound() {
        JsonPath r = SearchApi.found(EDITOR, "q", "traitements " + word);
        assertThat(r.getString("items[0].label")).isEqualTo("registre.docx");
        assertThat(r.getString("items[0].snippet")).contains("Registre des traitements");
    }

    @Test
    void aWordOfAScannedPdfIsFoundThroughOcr() {
        TextExtractorTest.requireTesseract();
        JsonPath r = SearchApi.await(EDITOR, j -> j.getList("items.label").contains("scan-convention.pdf"),
                "q", "Marguerittes", "type", "DOCUMENT", "bodyId", body);
        assertThat(r.getString("items[0].matched")).isEqualTo("CONTENT");
        assertThat(r.getInt("items[0].page")).isEqualTo(1);
        assertThat(r.getString("items[0].snippet")).containsIgnoringCase("Marguerittes");
    }

    @Test
    void accentsCaseAndPluralsAreIgnored() {
        SearchApi.found(EDITOR, "q", "SECURITE " + word, "type", "REQUEST");
        SearchApi.found(EDITOR, "q", "camera " + word, "type", "REQUEST");
        SearchApi.found(EDITOR, "q", "vidéoprotections " + word, "type", "REQUEST");
        SearchApi.found(EDITOR, "q", "préfecture " + word, "type", "REQUEST");
    }

    @Test
    void elisionsPhrasesAndPrefixes() {
        SearchApi.found(EDITOR, "q", "analyse " + word, "type", "REQUEST");
        SearchApi.found(EDITOR, "q", "\"l’analyse d'impact\" " + word, "type", "REQUEST");
        SearchApi.found(EDITOR, "q", "vidéoprot* " + word, "type", "REQUEST");
        JsonPath wrongOrder = SearchApi.search(EDITOR, "q", "\"impact analyse\" " + word, "type", "REQUEST").then()
                .statusCode(200).extract().jsonPath();
        assertThat(wrongOrder.getInt("total")).as("a phrase keeps its order").isZero();
        JsonPath excluded = SearchApi.search(EDITOR, "q", "analyse -caméras " + word, "type", "REQUEST").then()
                .statusCode(200).extract().jsonPath();
        assertThat(excluded.getInt("total")).isZero();
    }

    @Test
    void aTagAndTheBodysNameAreSearchedToo() {
        JsonPath r = SearchApi.found(EDITOR, "q", "Gard " + word, "type", "REQUEST");
        assertThat(r.getString("items[0].matched")).isIn("BODY", "TITLE", "LETTER");
        SearchApi.found(EDITOR, "q", "cnil " + word, "type", "REQUEST");
    }
}
