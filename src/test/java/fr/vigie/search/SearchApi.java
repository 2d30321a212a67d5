package fr.vigie.search;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import fr.vigie.testing.TestAccounts;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The search tests' calls: records written through the API as the editor, searches as any role. */
final class SearchApi {

    private static final Map<String, String> BEARERS = new HashMap<>();
    private static String csrf;

    private SearchApi() {
    }

    /** A word no other test writes, so that a search finds exactly what this test wrote. */
    static String unique(String prefix) {
        java.util.Random random = new java.util.Random();
        StringBuilder word = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** As this user, or anonymously for null. */
    static RequestSpecification as(String username) {
        if (username == null) {
            return given();
        }
        return given().header("Authorization", BEARERS.computeIfAbsent(username, TestAccounts::bearer));
    }

    static int newBody(String name, String kind, String departement) {
        return as(TestAccounts.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", kind, "departement", departement))
                .post("/api/v1/bodies").then().statusCode(201).extract().path("id");
    }

    static int newRequest(int bodyId, String title, String text, String visibility, List<String> tags) {
        Map<String, Object> r = new HashMap<>();
        r.put("title", title);
        r.put("text", text);
        r.put("regime", "FR_CRPA");
        r.put("bodyId", bodyId);
        r.put("channel", "EMAIL");
        r.put("visibility", visibility);
        r.put("tags", tags);
        return as(TestAccounts.EDITOR).contentType(ContentType.JSON).body(r).post("/api/v1/requests").then().statusCode(201)
                .extract().path("id");
    }

    static int event(int requestId, Map<String, Object> event) {
        return as(TestAccounts.EDITOR).contentType(ContentType.JSON).body(event)
                .post("/api/v1/requests/" + requestId + "/events").then().statusCode(201).extract().path("id");
    }

    static int upload(int requestId, String name, byte[] bytes, String type) {
        return withCsrf(as(TestAccounts.EDITOR)).contentType("multipart/form-data").multiPart("file", name, bytes, type)
                .post("/api/v1/requests/" + requestId + "/documents").then().statusCode(201).extract().path("id");
    }

    /** Imports one message (.eml) as past correspondence; its id. */
    static int importMail(String eml) {
        java.util.List<Integer> ids = withCsrf(as(TestAccounts.EDITOR)).contentType("multipart/form-data")
                .multiPart("file", "import.eml", eml.getBytes(java.nio.charset.StandardCharsets.UTF_8), "message/rfc822")
                .post("/api/v1/mail/import").then().statusCode(201).extract().path("ids");
        return ids.get(0);
    }

    /** Files an imported message on a request (or on another one), or puts it aside for {@code requestId} null. */
    static void fileMail(int mailId, Integer requestId) {
        RequestSpecification editor = withCsrf(as(TestAccounts.EDITOR)).contentType(ContentType.JSON);
        if (requestId == null) {
            editor.post("/api/v1/mail/inbox/" + mailId + "/discard").then().statusCode(200);
        } else {
            editor.body(Map.of("requestId", requestId)).post("/api/v1/mail/inbox/" + mailId + "/assign").then().statusCode(200);
        }
    }

    private static RequestSpecification withCsrf(RequestSpecification spec) {
        if (csrf == null) {
            csrf = given().get("/api/v1/requests/0").then().extract().cookie("vigie-csrf");
        }
        return spec.cookie("vigie-csrf", csrf).header("X-CSRF-TOKEN", csrf);
    }

    static Response search(String username, Object... params) {
        Map<String, Object> query = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            query.put((String) params[i], params[i + 1]);
        }
        return as(username).queryParams(query).get("/api/v1/search");
    }

    /** Searches until the answer satisfies {@code done} (the index follows the journal in the background). */
    static JsonPath await(String username, Predicate<JsonPath> done, Object... params) {
        return await(Duration.ofSeconds(60), username, done, params);
    }

    static JsonPath await(Duration limit, String username, Predicate<JsonPath> done, Object... params) {
        long end = System.nanoTime() + limit.toNanos();
        JsonPath last;
        do {
            last = search(username, params).then().statusCode(200).extract().jsonPath();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (System.nanoTime() < end);
        throw new AssertionError("not found within " + limit + ": " + last.prettify());
    }

    /** Waits until the search gives at least one result. */
    static JsonPath found(String username, Object... params) {
        return await(username, j -> j.getInt("total") > 0, params);
    }
}
