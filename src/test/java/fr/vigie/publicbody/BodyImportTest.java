package fr.vigie.publicbody;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.web.Msg;
import io.quarkus.qute.i18n.MessageBundles;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BodyImportTest {

    private static io.restassured.response.Response upload(BrowserSession session, String csv) {
        return session.request().multiPart("file", "bodies.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("csrf-token", session.csrf()).post("/bodies/import");
    }

    private static int count(String q) {
        return given().header("Authorization", TestAccounts.bearer(TestAccounts.VIEWER))
                .get("/api/v1/bodies?q=" + q).then().extract().path("total");
    }

    @Test
    void aFileWithBadLinesImportsNothingAndListsEveryBadLine() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = "name,short_name,kind,departement\n"
                + "Good one " + tag + ",G1,COMMUNE,59\n"
                + "Bad kind " + tag + ",,CASTLE,59\n"
                + "Good two " + tag + ",,COMMUNE,\n"
                + "Bad dep " + tag + ",,COMMUNE,20\n";
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/bodies/import").then().statusCode(200);
        String page = upload(editor, csv).then().statusCode(422).extract().asString();
        assertThat(page).contains("2 ligne(s) invalide(s)").contains("ligne 3 : kind").contains("ligne 5 : departement")
                .doesNotContain("confirm-import");
        assertThat(count(tag)).isZero();
        editor.post("/bodies/import/confirm", java.util.Map.of("csv", csv)).then().statusCode(422);
        assertThat(count(tag)).isZero();
    }

    @Test
    void previewThenConfirmImportsNewBodiesAndReportsDuplicates() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = "name,kind,departement,address_checked,notes\n"
                + "Alpha " + tag + ",COMMUNE,69,yes,\"multi\nline note\"\n"
                + "Beta " + tag + ",OTHER,,no,\n"
                + "ALPHA " + tag + ",COMMUNE,69,,\n";
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/bodies/import");
        String preview = upload(editor, csv).then().statusCode(200).extract().asString();
        assertThat(preview).contains("id=\"import-duplicates\"").contains("Importer ces 2 organisme(s)");
        editor.post("/bodies/import/confirm", java.util.Map.of("csv", csv)).then().statusCode(200)
                .body(containsString("2 organisme(s) ajouté(s), 1 doublon(s) ignoré(s)"));
        assertThat(count(tag)).isEqualTo(2);
        editor.post("/bodies/import/confirm", java.util.Map.of("csv", csv)).then().statusCode(200)
                .body(containsString("0 organisme(s) ajouté(s), 3 doublon(s) ignoré(s)"));
        assertThat(count(tag)).isEqualTo(2);
    }

    @Test
    void unreadableFilesAreRefusedWithAReason() {
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/bodies/import");
        upload(editor, "").then().statusCode(422).body(containsString("le fichier est vide"));
        upload(editor, "nom,type\nx,y\n").then().statusCode(422).body(containsString("colonne inconnue : nom"));
        String latin1 = new String("name,kind\nNîmes,COMMUNE\n".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
        editor.request().multiPart("file", "latin1.csv", latin1.getBytes(StandardCharsets.ISO_8859_1), "text/csv")
                .multiPart("csrf-token", editor.csrf()).post("/bodies/import").then().statusCode(422)
                .body(containsString("UTF-8"));
        upload(editor, "name,kind\n\"unterminated,COMMUNE\n").then().statusCode(422);
        byte[] huge = new byte[BodyImportService.MAX_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        editor.request().multiPart("file", "huge.csv", huge, "text/csv").multiPart("csrf-token", editor.csrf())
                .post("/bodies/import").then().statusCode(413);
    }

    @Test
    void referenceSetLoadsOnceAndExportRoundTrips() throws Exception {
        BrowserSession admin = BrowserSession.login(TestAccounts.ADMIN);
        admin.get("/bodies");
        admin.post("/bodies/reference", java.util.Map.of()).then().statusCode(200).body(containsString("id=\"import-done\""));
        int afterFirst = count("");
        admin.post("/bodies/reference", java.util.Map.of()).then().statusCode(200)
                .body(containsString("0 ajouté(s), 28 déjà présent(s)"));
        assertThat(count("")).isEqualTo(afterFirst);
        given().header("Authorization", TestAccounts.bearer(TestAccounts.VIEWER)).get("/api/v1/bodies?q=Cœur Côte Fleurie")
                .then().body("items[0].kind", equalTo("INTERCOMMUNALITY")).body("items[0].departement", equalTo("14"));

        String exported = admin.get("/bodies/export.csv?q=prefecture").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(exported)).getRecords();
        assertThat(rows).extracting(r -> r.get("name")).contains("Préfecture de police", "Préfecture des Bouches-du-Rhône");
        CSVRecord pp = rows.stream().filter(r -> r.get("name").equals("Préfecture de police")).findFirst().orElseThrow();
        assertThat(pp.get("postal_address")).isEqualTo("1 bis rue de Lutèce, 75004 Paris");
        assertThat(pp.get("address_checked")).isEqualTo("yes");
    }

    @Test
    void formulaCellsAreNeutralisedOnExportAndRestoredOnImport() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String auth = TestAccounts.bearer(TestAccounts.EDITOR);
        given().header("Authorization", auth).contentType("application/json")
                .body(java.util.Map.of("name", "Formula " + tag, "kind", "OTHER", "notes", "=HYPERLINK(\"http://x\")"))
                .post("/api/v1/bodies").then().statusCode(201);
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        String exported = editor.get("/bodies/export.csv?q=formula " + tag).asString();
        assertThat(exported).contains("'=HYPERLINK");
        BodyCsv.Parsed parsed = BodyCsv.parse(MessageBundles.get(Msg.class), exported.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).singleElement().extracting(r -> r.input().notes()).isEqualTo("=HYPERLINK(\"http://x\")");
    }
}
