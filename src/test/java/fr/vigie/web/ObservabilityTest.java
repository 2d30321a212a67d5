package fr.vigie.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ObservabilityTest {

    @Test
    void healthMetricsAndOpenApiAreServed() {
        String admin = TestAccounts.bearer(TestAccounts.ADMIN);
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().header("Authorization", admin).get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        given().header("Authorization", admin).get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/v1/bodies")).body(containsString("/api/v1/auth/tokens"));
    }

    /** Issue 18, item 12: what runs, how busy it is and every route are for administrators (a scraper's token). */
    @Test
    void item12_metricsAndTheApiDescriptionAreNotReadableAnonymously() {
        for (String path : new String[] { "/q/metrics", "/q/openapi", "/q/openapi?format=json" }) {
            Response anonymous = given().redirects().follow(false).get(path);
            assertThat(anonymous.statusCode()).as(path).isIn(302, 303, 401);
            assertThat(anonymous.asString()).as(path).doesNotContain("jvm_memory").doesNotContain("/api/v1/bodies");
            given().header("Authorization", TestAccounts.bearer(TestAccounts.EDITOR)).get(path).then().statusCode(403);
        }
        Response viewer = BrowserSession.login(TestAccounts.VIEWER).request().get("/q/metrics");
        assertThat(viewer.statusCode()).isEqualTo(403);
        BrowserSession.login(TestAccounts.ADMIN).request().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void unknownPagesAre404InTheRightFormat() {
        given().get("/no/such/page").then().statusCode(404);
        given().get("/api/v1/no-such-thing").then().statusCode(404);
    }
}
