package fr.vigie.letter;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.TestAccounts;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Fixture requests and identities for the letter tests, made through the API as a user would. */
public final class LetterTestData {

    private static String editor;

    private LetterTestData() {
    }

    public static RequestSpecification asEditor() {
        if (editor == null) {
            editor = TestAccounts.bearer(TestAccounts.EDITOR);
        }
        return given().header("Authorization", editor).contentType(ContentType.JSON);
    }

    /** A body with its postal address and PRADA, in the given département. */
    public static int body(String name, String departement) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 6));
        body.put("kind", "PREFECTURE");
        body.put("departement", departement);
        body.put("postalAddress", "1 rue de la Préfecture\n13006 Marseille");
        body.put("email", "prada@example.gouv.fr");
        body.put("prada", "Mme Élodie Martin, secrétaire générale");
        return asEditor().body(body).post("/api/v1/bodies").then().statusCode(201).extract().path("id");
    }

    public static int request(int bodyId, String regime, String title, String text) {
        Map<String, Object> r = new HashMap<>();
        r.put("title", title);
        r.put("text", text);
        r.put("regime", regime);
        r.put("bodyId", bodyId);
        r.put("channel", "REGISTERED_POST");
        r.put("visibility", "PRIVATE");
        return asEditor().body(r).post("/api/v1/requests").then().statusCode(201).extract().path("id");
    }

    public static void event(int requestId, String type, String date, Object... more) {
        RequestApi.event(requestId, RequestApi.ev(type, date, more)).then().statusCode(201);
    }

    /** The editor's default identity: Madame Marie Dupont, Paris. */
    public static int editorIdentity() {
        Map<String, Object> identity = new HashMap<>();
        identity.put("kind", "PERSON");
        identity.put("label", "moi " + UUID.randomUUID().toString().substring(0, 6));
        identity.put("civility", "MADAME");
        identity.put("firstName", "Marie");
        identity.put("lastName", "Dupont-Hélène");
        identity.put("addressLines", "12 rue des Lilas");
        identity.put("postalCode", "75011");
        identity.put("city", "Paris");
        identity.put("email", "marie.dupont@example.org");
        identity.put("isDefault", true);
        return asEditor().body(identity).post("/api/v1/identities").then().statusCode(201).extract().path("id");
    }
}
