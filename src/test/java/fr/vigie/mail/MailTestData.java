package fr.vigie.mail;

import java.util.Map;

import fr.vigie.letter.LetterTestData;
import fr.vigie.request.RequestApi;
import io.restassured.response.ValidatableResponse;

/** Requests with a kept letter to send, and calls of the mail API. */
final class MailTestData {

    private static Integer identity;

    private MailTestData() {
    }

    /** A new request, not yet sent. */
    static int request() {
        return RequestApi.newRequest(RequestApi.newBody("75"));
    }

    /** The request's initial letter, kept (its event is SENT). */
    static int keptRequestLetter(int request) {
        if (identity == null) {
            identity = LetterTestData.editorIdentity();
        }
        return RequestApi.asEditor().body(Map.of("kind", "REQUEST", "text", "Madame, Monsieur,\n\nJe demande les bons de "
                + "commande BriefCam.\n\nMarie Dupont", "identityId", identity)).post("/api/v1/requests/" + request + "/letters")
                .then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse send(int request, Map<String, Object> body) {
        return RequestApi.asEditor().body(body).post("/api/v1/requests/" + request + "/messages").then();
    }

    static ValidatableResponse messages(int request) {
        return RequestApi.asEditor().get("/api/v1/requests/" + request + "/messages").then().statusCode(200);
    }
}
