package fr.vigie.publicbody;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Every field of a body, by API and by form, with hostile values: each is either stored exactly and
 * shown escaped, or refused with the field named. Never a 500.
 */
@QuarkusTest
class BodyHostileInputTest {

    static final List<String> TEXT_FIELDS = List.of("name", "shortName", "kind", "departement", "postalAddress",
            "email", "prada", "website", "notes", "parentId");

    static final List<Object> HOSTILE = List.of("", "   ", "x".repeat(10_000), "<script>alert('x')</script>",
            "\"><img src=x onerror=alert(1)>", "'; DROP TABLE public_body; --", "1 OR 1=1", "ctrl\u0000\u0007\u001b",
            "emoji 🚓📹 ok", "NOT_A_KIND", "../../etc/passwd", "%00%27", "\u202Eevil", 42, 3.5, true,
            List.of("a"), Map.of("a", 1));

    private static String auth;
    private static BrowserSession editor;

    static Stream<Arguments> apiCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String field : TEXT_FIELDS) {
            for (Object value : HOSTILE) {
                cases.add(Arguments.of(field, value));
            }
        }
        for (Object value : HOSTILE) {
            cases.add(Arguments.of("addressChecked", value));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "API {0} = {1}")
    @MethodSource("apiCases")
    void apiStoresExactlyOrRefusesNamingTheField(String field, Object value) {
        if (auth == null) {
            auth = TestAccounts.bearer(TestAccounts.EDITOR);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Hostile " + UUID.randomUUID());
        body.put("kind", "OTHER");
        body.put(field, value);
        Response response = given().header("Authorization", auth).contentType(ContentType.JSON).body(body)
                .post("/api/v1/bodies");
        int status = response.statusCode();
        assertThat(status).as(response.asString()).isIn(201, 400, 422);
        if (status == 201) {
            JsonPath stored = given().header("Authorization", auth).get("/api/v1/bodies/" + response.path("id")).jsonPath();
            Object expected = value instanceof String s && !s.isBlank() ? s.strip()
                    : value instanceof Integer n ? String.valueOf(n) : null;
            if (field.equals("addressChecked")) {
                assertThat(stored.getBoolean("addressChecked")).isEqualTo(Boolean.TRUE.equals(value));
            } else if (!field.equals("kind") && !field.equals("name")) {
                assertThat(stored.getString(field)).isEqualTo(expected);
            }
        } else {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getList("errors.field")).as(response.asString()).contains(field);
        }
    }

    static Stream<Arguments> formCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String field : TEXT_FIELDS) {
            for (Object value : HOSTILE) {
                if (value instanceof String s) {
                    cases.add(Arguments.of(field, s));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "form {0} = {1}")
    @MethodSource("formCases")
    void formStoresAndEscapesOrShowsTheErrorByTheField(String field, String value) {
        if (editor == null) {
            editor = BrowserSession.login(TestAccounts.EDITOR);
        }
        Map<String, String> form = new HashMap<>();
        form.put("name", "Hostile form " + UUID.randomUUID());
        form.put("kind", "OTHER");
        form.put(field, value);
        Response response = editor.post("/bodies", form);
        int status = response.statusCode();
        assertThat(status).as(response.asString()).isIn(303, 400, 422);
        String page = status == 303 ? editor.get(response.header("Location")).asString() : response.asString();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
        if (status != 303) {
            assertThat(page).contains("id=\"f-" + field + "-error\"");
        }
    }
}
