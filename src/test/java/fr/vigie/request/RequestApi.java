package fr.vigie.request;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import fr.vigie.testing.TestAccounts;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Shortcuts of the request tests: an editor's API calls. */
public final class RequestApi {

    private static String editor;

    private RequestApi() {
    }

    public static RequestSpecification asEditor() {
        if (editor == null) {
            editor = TestAccounts.bearer(TestAccounts.EDITOR);
        }
        return given().header("Authorization", editor).contentType(ContentType.JSON);
    }

    public static int newBody(String departement) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Commune " + UUID.randomUUID());
        body.put("kind", "COMMUNE");
        body.put("departement", departement);
        return asEditor().body(body).post("/api/v1/bodies").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> request(int bodyId) {
        Map<String, Object> r = new HashMap<>();
        r.put("title", "Marchés BriefCam " + UUID.randomUUID());
        r.put("text", "Je vous prie de me communiquer les bons de commande du logiciel BriefCam.");
        r.put("regime", "FR_CRPA");
        r.put("bodyId", bodyId);
        r.put("channel", "REGISTERED_POST");
        r.put("visibility", "PRIVATE");
        return r;
    }

    public static int newRequest(int bodyId) {
        return asEditor().body(request(bodyId)).post("/api/v1/requests").then().statusCode(201).extract().path("id");
    }

    public static Response event(int requestId, Map<String, Object> event) {
        return asEditor().body(event).post("/api/v1/requests/" + requestId + "/events");
    }

    public static Map<String, Object> ev(String type, String date, Object... more) {
        Map<String, Object> e = new HashMap<>();
        e.put("type", type);
        e.put("date", date);
        for (int i = 0; i < more.length; i += 2) {
            e.put((String) more[i], more[i + 1]);
        }
        return e;
    }
}
