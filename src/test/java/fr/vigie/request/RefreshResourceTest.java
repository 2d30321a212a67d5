package fr.vigie.request;

import static fr.vigie.request.RequestApi.asEditor;
import static fr.vigie.request.RequestApi.ev;
import static fr.vigie.request.RequestApi.event;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.vigie.request.procedure.Avis;
import fr.vigie.request.procedure.StatisticsFacts;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The refresh on demand: the stored stage catches up with the calendar, once, and only for an admin; stored
 * facts that are wrong are rewritten.
 */
@QuarkusTest
class RefreshResourceTest {

    @Inject
    DataSource dataSource;

    @Test
    void storedStageCatchesUpWithTheCalendarOnce() {
        FixedClock clock = FixedClock.install("2025-01-20");
        String tag = "r" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> r = RequestApi.request(RequestApi.newBody("13"));
        r.put("channel", "EMAIL");
        r.put("tags", List.of(tag));
        int id = asEditor().body(r).post("/api/v1/requests").then().statusCode(201).extract().path("id");
        event(id, ev("SENT", "2025-01-06")).then().statusCode(201);
        asEditor().get("/api/v1/requests?tag=" + tag + "&stage=AWAITING_ANSWER").then().body("total", equalTo(1));

        // sent 6 January by e-mail: refused by silence on 6 February (R311-13 CRPA), the body late from the 7th
        clock.set("2025-03-01");
        asEditor().get("/api/v1/requests?tag=" + tag + "&stage=REFUSED").then().body("total", equalTo(0));
        admin().post("/api/v1/admin/refresh").then().log().ifValidationFails().statusCode(200)
                .body("changed", greaterThanOrEqualTo(1)).body("failed", equalTo(0)).body("failedBatches", equalTo(0));
        asEditor().get("/api/v1/requests?tag=" + tag + "&stage=REFUSED").then().body("total", equalTo(1));
        asEditor().get("/api/v1/dashboard/overdue?tag=" + tag).then().body("items[0].id", equalTo(id))
                .body("items[0].daysLate", equalTo(23)).body("items[0].nextAction.key", equalTo("CADA_REFERRAL_BY"));

        admin().post("/api/v1/admin/refresh").then().statusCode(200).body("changed", equalTo(0));
    }

    @Test
    void refreshRepairsStatisticsFactsSpoiledInTheDatabase() {
        FixedClock.install("2025-03-05");
        Map<String, Object> r = RequestApi.request(RequestApi.newBody("38"));
        r.put("channel", "EMAIL");
        int id = asEditor().body(r).post("/api/v1/requests").then().statusCode(201).extract().path("id");
        event(id, ev("SENT", "2025-01-06")).then().statusCode(201);
        event(id, ev("CADA_REFERRAL_SENT", "2025-02-10")).then().statusCode(201);
        event(id, ev("CADA_REGISTERED", "2025-02-12")).then().statusCode(201);
        event(id, ev("CADA_AVIS", "2025-02-20", "avis", "FAVOURABLE")).then().statusCode(201);
        event(id, ev("DECISION_AFTER_AVIS", "2025-03-01", "outcome", "REFUSED")).then().statusCode(201);
        StatisticsFacts stored = StoredStatistics.of(dataSource, id);
        assertThat(stored).isEqualTo(new StatisticsFacts(LocalDate.parse("2025-01-06"), null, LocalDate.parse("2025-02-06"),
                false, true, Avis.FAVOURABLE, true));

        StoredStatistics.spoil(dataSource, " WHERE id = " + id);
        admin().post("/api/v1/admin/refresh").then().statusCode(200).body("changed", greaterThanOrEqualTo(1));
        assertThat(StoredStatistics.of(dataSource, id)).isEqualTo(stored);
    }

    @Test
    void onlyAnAdminMayRunIt() {
        given().post("/api/v1/admin/refresh").then().statusCode(401);
        asEditor().contentType("application/json").post("/api/v1/admin/refresh").then().statusCode(403);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().header("Authorization", TestAccounts.bearer(TestAccounts.ADMIN)).contentType("application/json");
    }
}
