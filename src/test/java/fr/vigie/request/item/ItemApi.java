package fr.vigie.request.item;

import static fr.vigie.request.RequestApi.asEditor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.vigie.request.RequestApi;
import io.restassured.response.Response;

/** Shortcuts of the item tests: a BriefCam request with its eight items, outcomes recorded through the API. */
public final class ItemApi {

    private ItemApi() {
    }

    /** The BriefCam letter of the built-in template, as a request's text. */
    public static String briefCamLetter() {
        try (InputStream in = ItemApi.class.getResourceAsStream("/templates/letters/cada-briefcam.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{bodyName}", "la commune");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A BriefCam CADA request to this body, with the eight items proposed from its letter; its id. */
    public static int briefCamRequest(int bodyId, String... tags) {
        Map<String, Object> fields = RequestApi.request(bodyId);
        fields.put("text", briefCamLetter());
        fields.put("tags", List.of(tags));
        int id = asEditor().body(fields).post("/api/v1/requests").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> proposed = asEditor().get("/api/v1/requests/" + id + "/items/proposed").then().statusCode(200)
                .extract().path("$");
        List<Map<String, Object>> items = new ArrayList<>();
        proposed.forEach(p -> items.add(Map.of("label", p.get("label"))));
        asEditor().body(Map.of("version", 0, "items", items)).put("/api/v1/requests/" + id + "/items").then().statusCode(200);
        return id;
    }

    /** The ids of the request's items, in the letter's order. */
    public static List<Integer> itemIds(int requestId) {
        return asEditor().get("/api/v1/requests/" + requestId + "/items").then().statusCode(200).extract().path("items.id");
    }

    public static Response decide(int requestId, int itemId, Object... fields) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return asEditor().body(body).post("/api/v1/requests/" + requestId + "/items/" + itemId + "/outcome");
    }

    /** A PDF attached to the request through the API (with the CSRF cookie a multipart POST needs); its id. */
    public static int upload(int requestId, String fileName) {
        String csrf = io.restassured.RestAssured.given().get("/api/v1/requests/0").then().extract().cookie("vigie-csrf");
        return asEditor().contentType("multipart/form-data").cookie("vigie-csrf", csrf).header("X-CSRF-TOKEN", csrf)
                .multiPart("file", fileName, fr.vigie.testing.TestFiles.pdf(fileName), "application/pdf")
                .post("/api/v1/requests/" + requestId + "/documents").then().statusCode(201).extract().path("id");
    }

    /** Records an event; its id. */
    public static int event(int requestId, String type, String date, Object... more) {
        return RequestApi.event(requestId, RequestApi.ev(type, date, more)).then().statusCode(201).extract().path("id");
    }
}
