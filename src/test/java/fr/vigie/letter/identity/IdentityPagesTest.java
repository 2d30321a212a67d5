package fr.vigie.letter.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vigie.account.Role;
import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The identity pages under the account area, without JavaScript: create, complete, choose the default, delete. */
@QuarkusTest
class IdentityPagesTest {

    static Map<String, String> person(String label) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", "PERSON");
        form.put("label", label);
        form.put("civility", "MONSIEUR");
        form.put("firstName", "Hervé");
        form.put("lastName", "Lefèvre");
        return form;
    }

    @Test
    void aUserManagesOnlyTheirOwnIdentities() {
        TestAccounts.ensure("identity-user", Role.VIEWER);
        TestAccounts.ensure("identity-other", Role.VIEWER);
        BrowserSession me = BrowserSession.login("identity-user");
        me.get("/account").then().statusCode(200).body(containsString("href=\"/account/identities\""));
        me.get("/account/identities").then().statusCode(200).body(containsString("id=\"no-identity\""));
        me.get("/account/identities/new").then().statusCode(200).body(containsString("name=\"csrf-token\""));
        Response created = me.post("/account/identities", person("moi"));
        assertThat(created.statusCode()).isEqualTo(303);
        String list = me.get(created.header("Location")).then().statusCode(200).body(containsString("Identité enregistrée."))
                .extract().asString();
        assertThat(list).contains("moi").contains("(par défaut)").contains("Hervé Lefèvre")
                .contains("À compléter : adresse, code postal, ville, courriel");
        String id = list.replaceAll("(?s).*/account/identities/(\\d+)/edit.*", "$1");

        Map<String, String> complete = person("moi");
        complete.putAll(Map.of("addressLines", "3 impasse des Œillets\nBâtiment B", "postalCode", "67000", "city", "Strasbourg",
                "email", "herve@example.org", "version", "0"));
        me.post("/account/identities/" + id, complete).then().statusCode(303);
        me.get("/account/identities").then().body(not(containsString("À compléter")));
        me.post("/account/identities/" + id, complete).then().statusCode(409).body(containsString("f-version-error"));

        Map<String, String> association = new HashMap<>(Map.of("kind", "ASSOCIATION", "label", "asso", "organisation",
                "Technopolice", "representedBy", "Hervé Lefèvre", "representedAs", "trésorier"));
        me.post("/account/identities", association).then().statusCode(303);
        String second = me.get("/account/identities").then().extract().asString()
                .replaceAll("(?s).*/account/identities/(\\d+)/default.*", "$1");
        me.post("/account/identities/" + second + "/default", Map.of()).then().statusCode(303);
        assertThat(me.get("/account/identities").then().extract().asString())
                .containsPattern("(?s)asso <strong>\\(par défaut\\)</strong>.*moi</td>");

        BrowserSession other = BrowserSession.login("identity-other");
        other.get("/account/identities/" + id + "/edit").then().statusCode(404);
        other.post("/account/identities/" + id + "/delete", Map.of()).then().statusCode(404);
        me.post("/account/identities/" + second + "/delete", Map.of()).then().statusCode(303);
        assertThat(me.get("/account/identities").then().extract().asString()).contains("moi <strong>(par défaut)</strong>")
                .doesNotContain("Technopolice");
    }

    @Test
    void errorsAreShownBesideTheirFields() {
        BrowserSession me = BrowserSession.login(TestAccounts.VIEWER);
        Map<String, String> bad = person("");
        bad.put("lastName", "");
        bad.put("email", "pas-un-courriel");
        bad.put("phone", "<script>");
        bad.put("addressLines", "1\n2\n3\n4");
        Response page = me.post("/account/identities", bad);
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.asString()).contains("id=\"f-label-error\"").contains("id=\"f-lastName-error\"")
                .contains("id=\"f-email-error\"").contains("id=\"f-phone-error\"").contains("id=\"f-addressLines-error\"")
                .contains("value=\"Hervé\"").doesNotContain("<script>");
        me.postWithoutCsrf("/account/identities", person("forgé")).then().statusCode(400);
    }
}
