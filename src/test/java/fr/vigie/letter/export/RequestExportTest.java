package fr.vigie.letter.export;

import static fr.vigie.letter.LetterTestData.asEditor;
import static fr.vigie.letter.LetterTestData.event;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import fr.vigie.letter.LetterTestData;
import fr.vigie.letter.pdf.PdfText;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import org.apache.http.entity.mime.HttpMultipartMode;

/** The export ZIP of a request with three documents: every file's SHA-256 matches the manifest and the stored value. */
@QuarkusTest
class RequestExportTest {

    private static final RestAssuredConfig UTF8_NAMES = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"));

    @Test
    void zipUnpacksToFilesMatchingTheManifestAndTheStoredHashes() throws Exception {
        FixedClock.install("2025-04-20");
        int me = LetterTestData.editorIdentity();
        int body = LetterTestData.body("Préfecture de police", "75");
        int r = LetterTestData.request(body, "FR_CRPA", "Export " + me, "Les marchés BriefCam.");
        event(r, "SENT", "2025-03-03", "channel", "EMAIL");
        event(r, "ANSWER", "2025-03-20", "outcome", "REFUSED");
        String csrf = given().get("/api/v1/requests/0").then().extract().cookie("vigie-csrf");
        Map<String, String> stored = new LinkedHashMap<>();
        for (String name : List.of("demande.pdf", "accusé de réception.pdf", "réponse « refus ».pdf")) {
            var doc = asEditor().config(UTF8_NAMES).contentType("multipart/form-data").cookie("vigie-csrf", csrf)
                    .header("X-CSRF-TOKEN", csrf).multiPart("file", name, TestFiles.pdf(name.substring(0, 5)), "application/pdf")
                    .post("/api/v1/requests/" + r + "/documents").then().statusCode(201).extract();
            stored.put(doc.path("id") + "-" + doc.path("fileName"), doc.path("sha256"));
        }
        asEditor().body(Map.of("kind", "CADA_REFERRAL", "text", "Objet : saisine\n\nTexte conservé.", "identityId", me))
                .post("/api/v1/requests/" + r + "/letters").then().statusCode(201);
        byte[] zip = asEditor().get("/api/v1/requests/" + r + "/export.zip").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();

        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        String manifest = new String(files.remove(RequestExport.MANIFEST), StandardCharsets.UTF_8);
        Map<String, String> listed = new LinkedHashMap<>();
        manifest.lines().forEach(l -> listed.put(l.substring(66), l.substring(0, 64)));
        assertThat(listed.keySet()).containsExactlyElementsOf(files.keySet());
        files.forEach((name, bytes) -> assertThat(sha256(bytes)).as(name).isEqualTo(listed.get(name)));
        assertThat(files.keySet()).contains("resume.pdf", "lettres/01-cada-referral-2025-04-20.pdf");
        stored.forEach((name, sha) -> assertThat(listed).containsEntry("documents/" + name, sha));
        assertThat(files.keySet().stream().filter(n -> n.startsWith("documents/"))).hasSize(3);
        PdfText.keep(files.get("resume.pdf"), "export-summary");
        String summary = PdfText.text(files.get("resume.pdf")).replaceAll("\\s+", " ");
        assertThat(summary).contains("Export " + me).contains("Préfecture de police").contains("Chronologie")
                .contains("lundi 3 mars 2025").contains("Délais et leur calcul").contains("R311-13")
                .contains("réponse « refus ».pdf").contains("dimanche 20 avril 2025, 12:00 réponse") // added at noon, Paris time
                // names as the interface writes them, not the program's: the summary goes to the CADA or a court
                .contains("CADA (CRPA)").contains("Refusée").contains("Demande envoyée").contains("Réponse — Refus")
                .contains("Saisine de la CADA").doesNotContain("FR_CRPA").doesNotContain("REFUSED").doesNotContain("CADA_REFERRAL");
        assertThat(PdfText.text(files.get("lettres/01-cada-referral-2025-04-20.pdf"))).contains("Texte conservé.");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
