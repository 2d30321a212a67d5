package fr.vigie.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ObservabilityTest {

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().get("/q/openapi?format=json").then().statusCode(200).body(containsString("/api/v1/bodies"))
                .body(containsString("/api/v1/auth/tokens"));
    }

    @Test
    void unknownPagesAre404InTheRightFormat() {
        given().get("/no/such/page").then().statusCode(404);
        given().get("/api/v1/no-such-thing").then().statusCode(404);
    }
}
