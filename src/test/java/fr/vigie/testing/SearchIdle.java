package fr.vigie.testing;

import static io.restassured.RestAssured.given;

import java.util.List;

/**
 * Search reads new documents in the background and stores their text: tests that compare whole tables wait until
 * it has read every document, so that nothing writes while they read.
 */
public final class SearchIdle {

    private SearchIdle() {
    }

    public static void await() {
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            List<String> statuses = given().header("Authorization", TestAccounts.bearer(TestAccounts.ADMIN))
                    .get("/api/v1/admin/search").then().statusCode(200).extract().jsonPath().getList("documents.status");
            if (statuses.stream().noneMatch(s -> s.equals("PENDING") || s.equals("RUNNING"))) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
