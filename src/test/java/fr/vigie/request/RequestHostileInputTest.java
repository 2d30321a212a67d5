package fr.vigie.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.vigie.testing.FixedClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every field of a request and of an event, with hostile values: stored exactly, or refused by name. Never a 500. */
@QuarkusTest
class RequestHostileInputTest {

    static final List<Object> HOSTILE = List.of("", "x".repeat(25_000), "<script>alert('x')</script>",
            "'; DROP TABLE access_request; --", "ctrl\u0000\u0007", "emoji 🚓📹", "../../etc/passwd", 42, 3.5, true,
            List.of("a"), Map.of("a", 1));

    private static int bodyId;

    static Stream<Arguments> requestCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String field : List.of("title", "text", "regime", "bodyId", "channel", "visibility", "tags", "bodyReference")) {
            HOSTILE.forEach(v -> cases.add(Arguments.of(field, v)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "request {0} = {1}")
    @MethodSource("requestCases")
    void requestFields(String field, Object value) {
        if (bodyId == 0) {
            bodyId = RequestApi.newBody("75");
        }
        Map<String, Object> body = RequestApi.request(bodyId);
        body.put(field, value);
        Response r = RequestApi.asEditor().body(body).post("/api/v1/requests");
        assertThat(r.statusCode()).as(r.asString()).isIn(201, 400, 422);
        if (r.statusCode() == 201) {
            if (value instanceof String s && (field.equals("title") || field.equals("text") || field.equals("bodyReference"))) {
                assertThat(r.jsonPath().getString(field)).isEqualTo(s.isBlank() ? null : s.strip());
            }
        } else {
            assertThat(r.jsonPath().getList("errors.field")).as(r.asString()).contains(field);
        }
    }

    static Stream<Arguments> eventCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String field : List.of("type", "date", "note", "channel", "acknowledged", "toBodyId", "outcome", "avis", "caseNumber")) {
            HOSTILE.forEach(v -> cases.add(Arguments.of(field, v)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "event {0} = {1}")
    @MethodSource("eventCases")
    void eventFields(String field, Object value) {
        FixedClock.install("2025-05-02");
        if (bodyId == 0) {
            bodyId = RequestApi.newBody("75");
        }
        int id = RequestApi.newRequest(bodyId);
        Map<String, Object> event = RequestApi.ev("SENT", "2025-03-03", "channel", "EMAIL");
        event.put(field, value);
        Response r = RequestApi.event(id, event);
        assertThat(r.statusCode()).as(r.asString()).isIn(201, 400, 422);
        int events = RequestApi.asEditor().get("/api/v1/requests/" + id).then().extract().path("events.size()");
        assertThat(events).isEqualTo(r.statusCode() == 201 ? 1 : 0);
        if (r.statusCode() != 201) {
            assertThat(r.jsonPath().getList("errors.field")).as(r.asString()).contains(field);
        }
    }
}
