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

    /**
     * Refused by silence: sent by registered post Mon 3 Mar 2025, received Wed 5 Mar; implicit refusal Sat 5 Apr
     * (R311-13, policy A); CADA by Fri 6 Jun (R343-1, franc: 5 Jun + 1).
     */
    public static int silentCrpa(String title, String text) {
        int body = body("Préfecture des Bouches-du-Rhône", "13");
        int r = request(body, "FR_CRPA", title, text);
        event(r, "SENT", "2025-03-03", "channel", "REGISTERED_POST");
        event(r, "RECEIVED", "2025-03-05", "acknowledged", true);
        return r;
    }

    /**
     * LEGAL.md example 12 with an express refusal first: received Tue 14 Nov 2023, refused Fri 1 Dec, CADA seized
     * Wed 20 Dec, registered Fri 5 Jan 2024 (case 20240123); refusal confirmed Tue 5 Mar; court by Mon 6 May 2024.
     */
    public static int refusedAfterCada(String title) {
        int body = body("Ministère de l'Intérieur", "75");
        int r = request(body, "FR_CRPA", title, "Les licences BriefCam.");
        event(r, "SENT", "2023-11-14", "channel", "EMAIL");
        event(r, "RECEIVED", "2023-11-14", "acknowledged", true);
        event(r, "ANSWER", "2023-12-01", "outcome", "REFUSED");
        event(r, "CADA_REFERRAL_SENT", "2023-12-20");
        event(r, "CADA_REGISTERED", "2024-01-05", "caseNumber", "20240123");
        return r;
    }
}
