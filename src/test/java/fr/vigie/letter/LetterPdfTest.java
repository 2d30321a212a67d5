package fr.vigie.letter;

import static fr.vigie.letter.LetterTestData.asEditor;
import static fr.vigie.letter.LetterTestData.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vigie.letter.pdf.PdfText;
import fr.vigie.testing.FixedClock;
import io.quarkus.test.junit.QuarkusTest;

/** The PDFs read back with PDFBox: the same facts as the text, accents and « » intact, fonts embedded, page numbers. */
@QuarkusTest
class LetterPdfTest {

    @Test
    void cadaReferralPdfHasEveryBlockAndTheFacts() throws Exception {
        FixedClock.install("2025-04-20");
        int me = LetterTestData.editorIdentity();
        int r = LetterTestData.silentCrpa("PDF " + me, "Les bons de commande du logiciel « BriefCam » (module « Vidéo Synopsis »).");
        byte[] pdf = asEditor().queryParam("identityId", me).queryParam("channel", "REGISTERED_POST")
                .get("/api/v1/requests/" + r + "/letters/CADA_REFERRAL.pdf").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"cada-referral-" + r + ".pdf\"")
                .extract().asByteArray();
        String text = PdfText.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Madame Marie Dupont-Hélène").contains("12 rue des Lilas").contains("75011 Paris")
                .contains("marie.dupont@example.org")
                .contains("Commission d'accès aux documents administratifs (CADA)").contains("20 avenue de Ségur")
                .contains("TSA 50730").contains("75334 Paris Cedex 07").contains("Courriel : cada@cada.fr")
                .contains("Paris, le dimanche 20 avril 2025")
                .contains("Lettre recommandée avec demande d'avis de réception")
                .contains("Objet : saisine de la Commission d'accès aux documents administratifs")
                .contains("« BriefCam » (module « Vidéo Synopsis »)")
                .contains("a fait naître le samedi 5 avril 2025 une décision implicite de refus")
                .contains("qui expire le vendredi 6 juin 2025")
                .contains("copie de ma demande du lundi 3 mars 2025")
                .contains("Page 1 / ");
        assertThat(PdfText.fonts(pdf)).isNotEmpty().allMatch(f -> f.contains("DejaVuSerif") && f.endsWith(" embedded"));
        Path png = PdfText.keep(pdf, "cada-referral");
        assertThat(png == null || Files.size(png) > 10_000).isTrue();
    }

    @Test
    void keptLetterPdfIsTheKeptTextAndAcrossPagesNumbered() throws Exception {
        FixedClock.install("2024-03-20");
        int me = LetterTestData.editorIdentity();
        int r = LetterTestData.refusedAfterCada("Requête PDF " + me);
        String draft = asEditor().queryParam("identityId", me).get("/api/v1/requests/" + r + "/letters/COURT_APPLICATION")
                .then().statusCode(200).extract().asString();
        String edited = draft.replace("[À rédiger par le requérant", "Les documents sont communicables ; l'État n'invoque aucun secret. [Moyens")
                + "\n" + "Paragraphe ajouté pour remplir une deuxième page. ".repeat(120);
        int kept = asEditor().body(Map.of("kind", "COURT_APPLICATION", "text", edited, "identityId", me, "channel", "EMAIL"))
                .post("/api/v1/requests/" + r + "/letters").then().statusCode(201).extract().path("id");
        byte[] pdf = asEditor().get("/api/v1/requests/" + r + "/kept-letters/" + kept + ".pdf").then().statusCode(200)
                .extract().asByteArray();
        String text = PdfText.text(pdf).replaceAll("\\s+", " ");
        assertThat(PdfText.pages(pdf)).isGreaterThanOrEqualTo(2);
        assertThat(text).contains("Les documents sont communicables ; l'État n'invoque aucun secret.")
                .contains("POUR : Madame Marie Dupont-Hélène").contains("CONTRE : Ministère de l'Intérieur")
                .contains("la décision implicite née le mardi 5 mars 2024").contains("article L911-1 du code de justice administrative")
                .contains("qui expire le lundi 6 mai 2024").contains("Page 1 / " + PdfText.pages(pdf))
                .contains("Page 2 / " + PdfText.pages(pdf)).doesNotContain("Lettre recommandée");
        PdfText.keep(pdf, "court-application");
    }

    @Test
    void germanAndEnglishPdfs() throws Exception {
        FixedClock.install("2025-03-01");
        int me = LetterTestData.editorIdentity();
        int de = LetterTestData.request(LetterTestData.body("Bundesministerium des Innern", "75"), "DE_IFG", "IFG PDF " + me,
                "Verträge über die Software BriefCam (Größe, Maßnahmen).");
        event(de, "SENT", "2025-01-31", "channel", "EMAIL");
        event(de, "ANSWER", "2025-02-20", "outcome", "REFUSED");
        byte[] pdf = asEditor().queryParam("identityId", me).queryParam("channel", "REGISTERED_POST")
                .get("/api/v1/requests/" + de + "/letters/WIDERSPRUCH.pdf").then().statusCode(200).extract().asByteArray();
        String text = PdfText.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Paris, 1. März 2025").contains("Einschreiben mit Rückschein")
                .contains("Verträge über die Software BriefCam (Größe, Maßnahmen).").contains("Seite 1 / 1")
                .contains("Frau Marie Dupont-Hélène");
        PdfText.keep(pdf, "widerspruch");
    }

    @Test
    void textBecomesSubjectParagraphsHeadingAndList() {
        List<LetterPdf.Block> blocks = LetterPdf.blocks("Objet : saisine\n\nMadame,\nligne deux\n\n\nPièces jointes :\n- une\n- deux\n");
        assertThat(blocks).extracting(LetterPdf.Block::kind).containsExactly("subject", "para", "heading", "list");
        assertThat(blocks.get(1).lines()).containsExactly("Madame,", "ligne deux");
        assertThat(blocks.get(3).lines()).containsExactly("une", "deux");
    }
}
