package fr.vigie.publicbody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class BodyPagesTest {

    static Map<String, String> form(String name) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("kind", "PREFECTURE");
        form.put("departement", "13");
        form.put("postalAddress", "Place Félix Baret\n13006 Marseille");
        return form;
    }

    @Test
    void editorCreatesEditsAndDeletesABody() {
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/bodies/new").then().statusCode(200).body(containsString("name=\"csrf-token\""));
        String name = "Préfecture test " + UUID.randomUUID();
        Response created = editor.post("/bodies", form(name));
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.header("Location");
        String id = location.replaceAll(".*/bodies/(\\d+).*", "$1");
        editor.get(location).then().statusCode(200).body(containsString(name)).body(containsString("Organisme enregistré."));

        editor.get("/bodies/" + id + "/edit").then().statusCode(200).body(containsString("name=\"version\" value=\"0\""));
        Map<String, String> edit = form(name);
        edit.put("version", "0");
        edit.put("shortName", "Préf. 13");
        editor.post("/bodies/" + id, edit).then().statusCode(303);
        editor.get("/bodies/" + id).then().body(containsString("Préf. 13"));

        Map<String, String> stale = form(name);
        stale.put("version", "0");
        stale.put("shortName", "STALE-EDIT");
        editor.post("/bodies/" + id, stale).then().statusCode(409).body(containsString("f-version-error"));
        editor.get("/bodies/" + id).then().body(containsString("Préf. 13")).body(not(containsString("STALE-EDIT")));

        editor.post("/bodies/" + id + "/delete", Map.of()).then().statusCode(303);
        editor.get("/bodies/" + id).then().statusCode(404);
    }

    @Test
    void errorsAreShownBesideTheirFieldsAndTheInputIsKept() {
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        Map<String, String> bad = form("");
        bad.put("kind", "CASTLE");
        bad.put("website", "javascript:alert(1)");
        bad.put("postalAddress", "<b>kept</b>");
        String page = editor.post("/bodies", bad).then().statusCode(422).extract().asString();
        assertThat(page).contains("id=\"f-name-error\"").contains("id=\"f-kind-error\"").contains("id=\"f-website-error\"")
                .contains("aria-describedby=\"f-name-error\"").contains("&lt;b&gt;kept&lt;/b&gt;")
                .doesNotContain("<b>kept</b>");
    }

    @Test
    void searchPageFindsABodyAndPaginates() {
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 22; i++) {
            editor.post("/bodies", form("Commissariat " + tag + " n°" + i)).then().statusCode(303);
        }
        editor.get("/bodies?q=commissariat " + tag).then().statusCode(200)
                .body(containsString("Page 1 sur 2 (22 résultats)")).body(containsString("rel=\"next\""));
        editor.get("/bodies?q=commissariat " + tag + "&page=2").then().body(containsString("Page 2 sur 2"));
        editor.get("/bodies?q=commissariat " + tag + "&page=-3").then().statusCode(422).body(containsString("f-page"));
        editor.get("/bodies?q=nothing-matches-" + tag).then().body(containsString("id=\"no-result\""));
    }

    @Test
    void viewerReadsButCannotWrite() {
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        String location = editor.post("/bodies", form("Read only " + UUID.randomUUID())).header("Location");
        String id = location.replaceAll(".*/bodies/(\\d+).*", "$1");
        BrowserSession viewer = BrowserSession.login(TestAccounts.VIEWER);
        viewer.get("/bodies/" + id).then().statusCode(200).body(not(containsString("/edit\"")));
        viewer.get("/bodies/new").then().statusCode(403);
        viewer.post("/bodies", form("Viewer wrote this")).then().statusCode(403);
        viewer.post("/bodies/" + id + "/delete", Map.of()).then().statusCode(403);
        viewer.post("/bodies/import/confirm", Map.of("csv", "name,kind\nViewer import,OTHER\n")).then().statusCode(403);
        viewer.post("/bodies/reference", Map.of()).then().statusCode(403);
        editor.get("/bodies/" + id).then().statusCode(200);
    }

    @Test
    void anonymousVisitorsAreSentToLoginAndCannotPost() {
        BrowserSession anonymous = BrowserSession.anonymous();
        anonymous.get("/bodies").then().statusCode(303).header("Location", containsString("/login"));
        anonymous.get("/bodies/new").then().statusCode(303);
        Response post = anonymous.post("/bodies", form("Anonymous body"));
        assertThat(post.statusCode()).isIn(303, 400, 401);
        BrowserSession.login(TestAccounts.VIEWER).get("/bodies?q=Anonymous body").then().body(containsString("id=\"no-result\""));
    }
}
