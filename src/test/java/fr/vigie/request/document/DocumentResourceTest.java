package fr.vigie.request.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.Test;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import fr.vigie.testing.TestFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class DocumentResourceTest {

    /** Sends file names in UTF-8 as browsers do (RestAssured's default mode turns them into "?"). */
    private static final RestAssuredConfig UTF8_NAMES = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"));

    private static String csrf;

    @Inject
    fr.vigie.app.VigieConfig config;

    /**
     * A multipart upload as an API client sends it: quarkus-rest-csrf checks every multipart POST, so the
     * client echoes the vigie-csrf cookie of any earlier GET in the X-CSRF-TOKEN header (double submit).
     */
    private static RequestSpecification multipart(RequestSpecification client) {
        if (csrf == null) {
            csrf = given().get("/api/v1/requests/0").then().extract().cookie("vigie-csrf");
        }
        return client.config(UTF8_NAMES).contentType("multipart/form-data").cookie("vigie-csrf", csrf).header("X-CSRF-TOKEN", csrf);
    }

    private static RequestSpecification editor() {
        return multipart(RequestApi.asEditor());
    }

    private static String documents(int requestId) {
        return "/api/v1/requests/" + requestId + "/documents";
    }

    private static Response upload(int requestId, String name, byte[] bytes) {
        return editor().multiPart("file", name, bytes, "application/pdf").post(documents(requestId));
    }

    private static int newRequest() {
        return RequestApi.newRequest(RequestApi.newBody("75"));
    }

    private static int count(int requestId) {
        return RequestApi.asEditor().get(documents(requestId)).then().statusCode(200).extract().path("total");
    }

    @Test
    void aPdfIsStoredWithItsEventAndComesBackByteIdentical() {
        FixedClock.install("2025-03-10");
        int id = newRequest();
        int eventId = RequestApi.event(id, RequestApi.ev("SENT", "2025-03-03", "channel", "EMAIL"))
                .then().statusCode(201).extract().path("id");
        byte[] pdf = TestFiles.pdf("Bon de commande BriefCam");
        String sha = FileInspector.sha256(pdf);

        Response created = editor().multiPart("file", "bon de commande été.pdf", pdf, "text/html")
                .multiPart("eventId", String.valueOf(eventId)).post(documents(id));
        created.then().statusCode(201).body("fileName", equalTo("bon de commande été.pdf"))
                .body("contentType", equalTo("application/pdf")).body("size", equalTo(pdf.length))
                .body("sha256", equalTo(sha)).body("eventId", equalTo(eventId));

        byte[] back = RequestApi.asEditor().get(created.header("Location")).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment"))
                .header("Content-Disposition", containsString("filename*=UTF-8''bon%20de%20commande%20%C3%A9t%C3%A9.pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertThat(back).isEqualTo(pdf);
        assertThat(FileInspector.sha256(back)).isEqualTo(sha);

        RequestApi.asEditor().get(documents(id)).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].sha256", equalTo(sha)).body("items[0].eventId", equalTo(eventId));
        given().header("Authorization", TestAccounts.bearer(TestAccounts.VIEWER)).get(created.header("Location"))
                .then().statusCode(200);
    }

    @Test
    void aFileOverTheLimitIs413AndNothingIsStored() {
        int id = newRequest();
        byte[] big = TestFiles.pdf("x");
        big = java.util.Arrays.copyOf(big, (int) config.documents().maxSize().asLongValue() + 1);
        upload(id, "big.pdf", big).then().statusCode(413).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
        assertThat(count(id)).isZero();
    }

    @Test
    void disguisedEmptyActiveAndMissingFilesAreRefusedNamingTheField() {
        int id = newRequest();
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        upload(id, "report.pdf", html).then().statusCode(422).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("text/html"));
        byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff };
        upload(id, "scan.pdf", exe).then().statusCode(422).body("errors[0].field", equalTo("file"));
        upload(id, "setup.exe", exe).then().statusCode(422).body("errors[0].field", equalTo("file"));
        upload(id, "page.html", html).then().statusCode(422).body("errors[0].field", equalTo("file"));
        upload(id, "notes.txt", html).then().statusCode(422).body("errors[0].field", equalTo("file"));
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                .getBytes(StandardCharsets.UTF_8);
        upload(id, "logo.svg", svg).then().statusCode(422);
        upload(id, "garbage.pdf", new byte[] { 0, 1, 2, 3, 4, 5 }).then().statusCode(422);
        upload(id, "empty.pdf", new byte[0]).then().statusCode(422).body("errors[0].field", equalTo("file"));
        editor().multiPart("eventId", "1").post(documents(id)).then().statusCode(400).body("errors[0].field", equalTo("file"));
        editor().multiPart("file", "a.pdf", TestFiles.pdf("a")).multiPart("eventId", "abc").post(documents(id))
                .then().statusCode(422).body("errors[0].field", equalTo("eventId"));
        editor().multiPart("file", "a.pdf", TestFiles.pdf("a")).multiPart("eventId", "999999").post(documents(id))
                .then().statusCode(422).body("errors[0].field", equalTo("eventId"));
        assertThat(count(id)).isZero();
    }

    @Test
    void hostileFileNamesAreSanitised() {
        int id = newRequest();
        byte[] pdf = TestFiles.pdf("a");
        upload(id, "../../etc/passwd.pdf", pdf).then().statusCode(201).body("fileName", equalTo("passwd.pdf"));
        upload(id, "..\\..\\windows\\win.pdf", pdf).then().statusCode(201).body("fileName", equalTo("win.pdf"));
        upload(id, "fact\u202Efdp.exe.pdf", pdf).then().statusCode(201).body("fileName", equalTo("factfdp.exe.pdf"));
        upload(id, "tab\there\u0000.pdf", pdf).then().statusCode(201).body("fileName", equalTo("tabhere.pdf"));
        upload(id, "a<b>c:d|e.pdf", pdf).then().statusCode(201).body("fileName", equalTo("a_b_c_d_e.pdf"));
        upload(id, "x".repeat(300) + ".pdf", pdf).then().statusCode(201)
                .body("fileName", equalTo("x".repeat(196) + ".pdf"));
        upload(id, "csv.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)).then().statusCode(201)
                .body("contentType", equalTo("text/csv"));
        assertThat(count(id)).isEqualTo(7);
    }

    @Test
    void unknownRequestsAndDocumentsAre404() {
        int id = newRequest();
        upload(999_999, "a.pdf", TestFiles.pdf("a")).then().statusCode(404);
        RequestApi.asEditor().get(documents(999_999)).then().statusCode(404);
        RequestApi.asEditor().get(documents(id) + "/999999").then().statusCode(404);
        int other = newRequest();
        String location = upload(other, "a.pdf", TestFiles.pdf("a")).then().statusCode(201).extract().header("Location");
        String docId = location.substring(location.lastIndexOf('/') + 1);
        RequestApi.asEditor().get(documents(id) + "/" + docId).then().statusCode(404);
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() {
        int id = newRequest();
        RequestApi.asEditor().contentType("multipart/form-data").multiPart("file", "a.pdf", TestFiles.pdf("a"))
                .post(documents(id)).then().statusCode(400);
        assertThat(count(id)).isZero();
    }

    @Test
    void viewersCannotUploadAndAnonymousVisitorsCannotReadOrDownload() {
        int id = newRequest();
        String location = upload(id, "a.pdf", TestFiles.pdf("a")).then().statusCode(201).extract().header("Location");
        multipart(given().header("Authorization", TestAccounts.bearer(TestAccounts.VIEWER))).multiPart("file", "b.pdf", TestFiles.pdf("b")).post(documents(id)).then().statusCode(403);
        multipart(given()).multiPart("file", "b.pdf", TestFiles.pdf("b")).post(documents(id))
                .then().statusCode(401);
        given().get(documents(id)).then().statusCode(401);
        given().get(location).then().statusCode(401);
        given().redirects().follow(false).get(location.replace("/api/v1", "")).then().statusCode(303);
        assertThat(count(id)).isEqualTo(1);
    }
}
