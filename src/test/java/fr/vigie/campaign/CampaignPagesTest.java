package fr.vigie.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class CampaignPagesTest {

    private static String bodyName(int id) {
        return RequestApi.asEditor().get("/api/v1/bodies/" + id).then().extract().path("name");
    }

    @Test
    void createPickBodiesRecordSendingInBulkAndSeeTheMatrixAndTheMap() {
        FixedClock.install("2025-03-03");
        int lille = RequestApi.newBody("59");
        int nice = RequestApi.newBody("06");
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/campaigns/new").then().statusCode(200).body(containsString("{{organisme}}"));
        Response created = editor.post("/campaigns", Map.of("name", "Vidéo algorithmique", "regime", "FR_CRPA",
                "text", "{{organisme}} : je demande les marchés.", "tags", "briefcam, vsa"));
        assertThat(created.statusCode()).isEqualTo(303);
        String picker = created.header("Location");
        assertThat(picker).matches(".*/campaigns/\\d+/bodies");
        long id = Long.parseLong(picker.replaceAll(".*/campaigns/(\\d+)/bodies", "$1"));
        String search = bodyName(lille).substring(8, 20);
        editor.get(picker + "?q=" + search).then().statusCode(200).body(containsString(bodyName(lille)))
                .body(not(containsString(bodyName(nice))));
        Response added = editor.post("/campaigns/" + id + "/requests", Map.of("bodyIds", List.of(String.valueOf(lille),
                String.valueOf(nice))));
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.header("Location")).endsWith("/campaigns/" + id + "?created=2");
        // the picker now says they are in; another campaign points them out before creating
        editor.get(picker + "?q=" + search).then().body(containsString("Déjà dans cette campagne"));
        int other = CampaignApiTest.create(List.of());
        editor.get("/campaigns/" + other + "/bodies?q=" + search).then().body(containsString("Déjà interrogé dans la campagne « Vidéo algorithmique »"));

        String board = editor.get("/campaigns/" + id + "?created=2").then().statusCode(200).extract().asString();
        assertThat(board).contains("2 demande(s) créée(s).").contains(bodyName(lille)).contains(bodyName(nice))
                .contains("<td data-stage=\"DRAFT\">2</td>").contains("data-dep=\"59\" data-shade=\"WAITING\"")
                .contains("data-dep=\"13\" data-shade=\"NONE\"")
                // the outlines are not repeated in the page: each département refers to the one shared document
                .contains("href=\"/campaigns/outlines.svg?v=" + CampaignMap.OUTLINES_VERSION + "#d-59\"").doesNotContain("<path d=");
        List<Integer> requests = CampaignApiTest.requestIds((int) id);
        Response bulk = editor.post("/campaigns/" + id + "/bulk", Map.of("action", "EVENT", "type", "SENT", "date", "2025-03-03",
                "requestIds", requests.stream().map(String::valueOf).toList()));
        assertThat(bulk.statusCode()).isEqualTo(303);
        editor.get("/campaigns/" + id + "?done=2").then().body(containsString("<td data-stage=\"AWAITING_ANSWER\">2</td>"))
                .body(containsString("2 demande(s) mises à jour."));
        // the same event again is refused by the writer (SENT happens once): nothing is recorded, the request is named
        Response again = editor.post("/campaigns/" + id + "/bulk", Map.of("action", "EVENT", "type", "SENT", "date", "2025-03-04",
                "requestIds", List.of(String.valueOf(requests.get(0)))));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.asString()).contains("Demande n° " + requests.get(0)).contains("checked");
        // a request of another campaign is refused whole
        int foreign = RequestApi.newRequest(lille);
        editor.post("/campaigns/" + id + "/bulk", Map.of("action", "TAGS", "tags", "x", "requestIds",
                List.of(String.valueOf(requests.get(0)), String.valueOf(foreign)))).then().statusCode(422)
                .body(containsString("n&#39;est pas de cette campagne"));
        RequestApi.asEditor().get("/api/v1/requests/" + requests.get(0)).then().body("tags", equalTo(List.of("briefcam", "vsa")));
        editor.get("/campaigns/" + id + "/export.csv").then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("AWAITING_ANSWER"));
        editor.get("/campaigns").then().statusCode(200).body(containsString("Vidéo algorithmique"));
    }

    @Test
    void lettersOfTheTickedRequestsComeAsAZipOfPdfs() throws Exception {
        FixedClock.install("2025-03-03");
        int id = CampaignApiTest.create(List.of(RequestApi.newBody("75"), RequestApi.newBody("69")));
        List<Integer> requests = CampaignApiTest.requestIds(id);
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        Response zip = editor.post("/campaigns/" + id + "/bulk", Map.of("action", "LETTERS",
                "requestIds", requests.stream().map(String::valueOf).toList()));
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.contentType()).startsWith("application/zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.asByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertThat(new String(in.readAllBytes(), 0, 5)).isEqualTo("%PDF-");
            }
        }
        assertThat(names).hasSize(2).allMatch(n -> n.endsWith("-request.pdf"));
    }

    @Test
    void theBriefCamSetAndAListOfNames() {
        int id = CampaignApiTest.create(List.of());
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/campaigns/" + id + "/bodies").then().statusCode(200).body(containsString("Les 28 organismes"));
        editor.post("/campaigns/" + id + "/requests/reference", Map.of()).then().statusCode(303);
        RequestApi.asEditor().get("/api/v1/campaigns/" + id).then().body("requestCount", equalTo(28));
        // again: every body is in already, nothing is added
        editor.post("/campaigns/" + id + "/requests/reference", Map.of()).then().statusCode(303);
        RequestApi.asEditor().get("/api/v1/campaigns/" + id).then().body("requestCount", equalTo(28));
        String name = bodyName(RequestApi.newBody("31"));
        editor.post("/campaigns/" + id + "/requests/names", Map.of("names", name.toUpperCase() + "\nCommune inconnue de Nulle-Part"))
                .then().statusCode(422).body(containsString("Commune inconnue de Nulle-Part"));
        editor.post("/campaigns/" + id + "/requests/names", Map.of("names", "\n" + name.toUpperCase() + "\n"))
                .then().statusCode(303);
        RequestApi.asEditor().get("/api/v1/campaigns/" + id).then().body("requestCount", equalTo(29));
        editor.get("/campaigns/" + id).then().body(containsString("Commune de Roubaix"))
                .body(containsString("data-dep=\"971\" data-shade=\"NONE\""));
    }

    @Test
    void viewersReadButDoNotWrite() {
        int id = CampaignApiTest.create(List.of(RequestApi.newBody("75")));
        BrowserSession viewer = BrowserSession.login(TestAccounts.VIEWER);
        viewer.get("/campaigns/" + id).then().statusCode(200).body(not(containsString("id=\"bulk\"")));
        viewer.post("/campaigns/" + id + "/bulk", Map.of("action", "TAGS", "tags", "x", "requestIds", "1")).then().statusCode(403);
        viewer.get("/campaigns/" + id + "/bodies").then().statusCode(403);
        BrowserSession.login(TestAccounts.EDITOR).postWithoutCsrf("/campaigns/" + id + "/requests/reference", Map.of())
                .then().statusCode(400);
    }

    @Test
    void theMapOutlinesAreOneCachedSvgDocumentWithAPathPerDepartement() {
        String svg = BrowserSession.login(TestAccounts.VIEWER).get("/campaigns/outlines.svg").then().statusCode(200)
                .contentType(containsString("image/svg+xml")).header("Cache-Control", containsString("immutable"))
                .extract().asString();
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\">").contains("<path id=\"d-56\" d=\"")
                .contains("<path id=\"d-2A\"").doesNotContain("fill=");
        assertThat(svg.split("<path ").length - 1).isEqualTo(96);
    }
}
