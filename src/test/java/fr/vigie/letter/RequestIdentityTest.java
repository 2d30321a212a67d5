package fr.vigie.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A request is made in the name of one of its owner's identities, and its letters are signed by it; from a request,
 * "make a similar request" starts the same request for another body.
 */
@QuarkusTest
class RequestIdentityTest {

    @Test
    void aRequestIsMadeInTheNameOfOneOfItsOwnersIdentities() {
        FixedClock.install("2025-04-20");
        int mine = LetterTestData.editorIdentity();
        Map<String, Object> association = new HashMap<>();
        association.put("kind", "ASSOCIATION");
        association.put("label", "asso");
        association.put("organisation", "La Quadrature du Net");
        association.put("representedBy", "Noémie Levain");
        association.put("representedAs", "juriste");
        association.put("addressLines", "115 rue de Ménilmontant");
        association.put("postalCode", "75020");
        association.put("city", "Paris");
        int asso = LetterTestData.asEditor().body(association).post("/api/v1/identities").then().statusCode(201).extract().path("id");
        int body = LetterTestData.body("Commune de Nice", "06");
        Map<String, Object> r = new HashMap<>();
        r.put("title", "Vidéoprotection à Nice");
        r.put("text", "Les contrats du logiciel BriefCam.");
        r.put("regime", "FR_CRPA");
        r.put("bodyId", body);
        r.put("channel", "EMAIL");
        r.put("identityId", asso);
        int id = LetterTestData.asEditor().body(r).post("/api/v1/requests").then().statusCode(201).body("identityId", equalTo(asso))
                .extract().path("id");
        // the request's letters are signed by the association, not by the editor's default identity
        LetterTestData.asEditor().get("/api/v1/requests/" + id + "/letters/REQUEST").then().statusCode(200)
                .body(containsString("La Quadrature du Net")).body(not(containsString("Dupont-Hélène")));

        // another user's identity is refused, naming the field
        r.put("identityId", mine);
        given().header("Authorization", TestAccounts.bearer(TestAccounts.ADMIN)).contentType(ContentType.JSON).body(r)
                .post("/api/v1/requests").then().statusCode(422).body("errors.field", hasItem("identityId"));
        // an identity a request is made in the name of cannot be deleted
        LetterTestData.asEditor().delete("/api/v1/identities/" + asso).then().statusCode(409);
    }

    @Test
    void theNextActionOffersItsLetterAndASimilarRequestStartsFromThisOne() {
        FixedClock.install("2025-04-20");
        LetterTestData.editorIdentity();
        int body = LetterTestData.body("Préfecture du Var", "83");
        String name = LetterTestData.asEditor().get("/api/v1/bodies/" + body).then().extract().path("name");
        int id = LetterTestData.request(body, "FR_CRPA", "Drones au Var", "Les bons de commande passés par la " + name + ".");
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/requests/" + id).then().statusCode(200)
                .body(containsString("id=\"prepare-letter\" href=\"/requests/" + id + "/letters/REQUEST/edit\""))
                .body(containsString("id=\"open-letters\""));
        editor.get("/requests/new?similarTo=" + id).then().statusCode(200).body(containsString("Drones au Var"))
                // the name with its article is what "[organisme]" stands for: another body gets its own ("par le Ministère")
                .body(containsString("Les bons de commande passés par [organisme]."));
        BrowserSession.login(TestAccounts.VIEWER).get("/requests/" + id).then().statusCode(200)
                .body(not(containsString("id=\"prepare-letter\""))).body(not(containsString("similarTo")));
    }
}
