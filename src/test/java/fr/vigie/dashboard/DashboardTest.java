package fr.vigie.dashboard;

import static fr.vigie.request.RequestApi.asEditor;
import static fr.vigie.request.RequestApi.ev;
import static fr.vigie.request.RequestApi.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.vigie.request.DailyRefreshJob;
import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Six requests in known states on 1 March 2025, then four days later after the nightly refresh.
 * Every figure below was worked out by hand from the rules (one month of silence is a refusal, etc.).
 */
@QuarkusTest
class DashboardTest {

    @Inject
    DailyRefreshJob refresh;

    private int request(String tag) {
        Map<String, Object> r = RequestApi.request(RequestApi.newBody("13"));
        r.put("channel", "EMAIL");
        r.put("tags", List.of(tag));
        return asEditor().body(r).post("/api/v1/requests").then().statusCode(201).extract().path("id");
    }

    @Test
    void countersListsAndTheNightlyRefresh() throws Exception {
        FixedClock clock = FixedClock.install("2025-03-01");
        String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        int waiting = request(tag);              // sent 3 Feb: implicit refusal on Monday 3 March
        event(waiting, ev("SENT", "2025-02-03")).then().statusCode(201);
        int silent = request(tag);               // sent 6 Jan: refused by silence on 6 Feb, the body late since the 7th
        event(silent, ev("SENT", "2025-01-06")).then().statusCode(201);
        int atCada = request(tag);               // registered 12 Feb: the CADA's avis is due 12 March
        event(atCada, ev("SENT", "2025-01-02")).then().statusCode(201);
        event(atCada, ev("CADA_REFERRAL_SENT", "2025-02-10")).then().statusCode(201);
        event(atCada, ev("CADA_REGISTERED", "2025-02-12")).then().statusCode(201);
        int answered = request(tag);
        event(answered, ev("SENT", "2025-01-02")).then().statusCode(201);
        event(answered, ev("ANSWER", "2025-01-20", "outcome", "FULL")).then().statusCode(201);
        request(tag);                            // a draft
        int inCourt = request(tag);
        event(inCourt, ev("SENT", "2024-09-02")).then().statusCode(201);
        event(inCourt, ev("CADA_REFERRAL_SENT", "2024-10-10")).then().statusCode(201);
        event(inCourt, ev("CADA_REGISTERED", "2024-10-15")).then().statusCode(201);
        event(inCourt, ev("COURT_FILED", "2025-01-10")).then().statusCode(201);

        asEditor().get("/api/v1/dashboard?tag=" + tag).then().statusCode(200)
                .body("open", equalTo(5)).body("overdue", equalTo(1)).body("dueWithin7Days", equalTo(1))
                .body("atCada", equalTo(1)).body("inCourt", equalTo(1)).body("settled", equalTo(1));
        asEditor().get("/api/v1/dashboard/overdue?tag=" + tag).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(silent)).body("items[0].daysLate", equalTo(23))
                .body("items[0].nextAction.key", equalTo("CADA_REFERRAL_BY"))
                .body("items[0].nextAction.date", equalTo("2025-04-07"));

        // four days later, the nightly refresh turns the 3 March silence into a refusal
        clock.set("2025-03-05");
        assertThat(refresh.runIfDue()).isTrue();
        assertThat(refresh.runIfDue()).as("a second run the same day does nothing").isFalse();
        asEditor().get("/api/v1/dashboard?tag=" + tag).then()
                .body("overdue", equalTo(2)).body("dueWithin7Days", equalTo(1)).body("open", equalTo(5));
        asEditor().get("/api/v1/dashboard/overdue?tag=" + tag).then().body("items.id", equalTo(List.of(silent, waiting)))
                .body("items.daysLate", equalTo(List.of(27, 2)));
        asEditor().get("/api/v1/dashboard/overdue?tag=" + tag + "&page=2&size=1").then().body("items.id", equalTo(List.of(waiting)))
                .body("total", equalTo(2));
        asEditor().get("/api/v1/dashboard?tag=" + tag + "&mine=true").then().body("open", equalTo(5));
        asEditor().get("/api/v1/dashboard?tag=" + tag + "&owner=" + TestAccounts.VIEWER).then().body("open", equalTo(0));
        asEditor().get("/api/v1/dashboard?tag=" + tag + "&bodyKind=MINISTRY").then().body("open", equalTo(0));
        asEditor().get("/api/v1/dashboard?tag=" + tag + "&departement=13&regime=FR_CRPA").then().body("open", equalTo(5));

        String csv = BrowserSession.login(TestAccounts.VIEWER).get("/dashboard/export.csv?list=overdue&tag=" + tag)
                .then().statusCode(200).extract().asString();
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv)).getRecords();
        assertThat(rows).extracting(r -> r.get("id")).containsExactly(String.valueOf(silent), String.valueOf(waiting));
        assertThat(rows).extracting(r -> r.get("days_late")).containsExactly("27", "2");
        assertThat(rows.get(1).get("next_action")).isEqualTo("CADA_REFERRAL_BY");
        assertThat(rows.get(1).get("next_action_date")).isEqualTo("2025-05-05");

        BrowserSession.login(TestAccounts.VIEWER).get("/?tag=" + tag).then().statusCode(200)
                .body(containsString("id=\"count-overdue\">2<")).body(containsString("27 jour(s) de retard"))
                .body(containsString("/requests/" + silent + "\""));
    }

    /** Figures are cached per data version: every kind of write must show at once, never a stale count. */
    @Test
    void figuresFollowEveryWriteAtOnce() {
        FixedClock.install("2025-03-01");
        String tag = "c" + UUID.randomUUID().toString().substring(0, 8);
        int id = request(tag);
        String counts = "/api/v1/dashboard?tag=" + tag;
        asEditor().get(counts).then().body("open", equalTo(1)).body("overdue", equalTo(0));
        asEditor().get(counts + "&bodyKind=MINISTRY").then().body("open", equalTo(0));

        BrowserSession viewer = BrowserSession.login(TestAccounts.VIEWER);
        viewer.get("/?tag=" + tag).then().body(containsString("id=\"count-overdue\">0<"));

        event(id, ev("SENT", "2025-01-06")).then().statusCode(201);  // refused by silence on 6 February
        asEditor().get(counts).then().body("overdue", equalTo(1));
        // the page's rendered lists are cached too, per data version and language
        viewer.get("/?tag=" + tag).then().body(containsString("id=\"count-overdue\">1<"))
                .body(containsString("23 jour(s) de retard"));
        viewer.request().cookie("vigie-lang", "en").get("/?tag=" + tag).then()
                .body(containsString("id=\"count-overdue\">1<")).body(containsString("23 day(s) late"))
                .body(org.hamcrest.Matchers.not(containsString("jour(s) de retard")));
        asEditor().get("/api/v1/dashboard/overdue?tag=" + tag).then().body("items[0].daysLate", equalTo(23));

        int eventId = asEditor().get("/api/v1/requests/" + id).then().extract().path("events[0].id");
        long version = asEditor().get("/api/v1/requests/" + id).then().extract().<Number>path("version").longValue();
        asEditor().body(Map.of("type", "SENT", "date", "2025-02-20", "channel", "EMAIL", "version", version))
                .put("/api/v1/requests/" + id + "/events/" + eventId).then().statusCode(200);
        asEditor().get(counts).then().body("overdue", equalTo(0));
        viewer.get("/?tag=" + tag).then().body(containsString("id=\"count-overdue\">0<"));

        asEditor().get(counts + "&bodyKind=MINISTRY").then().body("open", equalTo(0)); // cached as of this version
        int body = asEditor().get("/api/v1/requests/" + id).then().extract().path("bodyId");
        Map<String, Object> ministry = new java.util.HashMap<>(Map.of("name", "Ministère " + tag, "kind", "MINISTRY"));
        asEditor().body(ministry).put("/api/v1/bodies/" + body).then().statusCode(200);
        asEditor().get(counts + "&bodyKind=MINISTRY").then().body("open", equalTo(1));
    }

    /** From a body's page to its own dashboard: the lists, the filter form and the exports keep to that body. */
    @Test
    void oneBodysDashboard() throws Exception {
        FixedClock.install("2025-03-01");
        String tag = "b" + UUID.randomUUID().toString().substring(0, 8);
        int late = request(tag);                 // each request names a new body
        event(late, ev("SENT", "2025-01-06")).then().statusCode(201);
        int elsewhere = request(tag);
        event(elsewhere, ev("SENT", "2025-01-06")).then().statusCode(201);
        int body = asEditor().get("/api/v1/requests/" + late).then().extract().path("bodyId");
        String name = asEditor().get("/api/v1/bodies/" + body).then().extract().path("name");

        BrowserSession viewer = BrowserSession.login(TestAccounts.VIEWER);
        viewer.get("/bodies/" + body).then().body(containsString("href=\"/?bodyId=" + body + "\""));
        String page = viewer.get("/?bodyId=" + body + "&tag=" + tag).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"count-overdue\">1<").contains("/requests/" + late + "\"")
                .doesNotContain("/requests/" + elsewhere + "\"").contains(name)
                .contains("name=\"bodyId\" value=\"" + body + "\"")
                .contains("/dashboard/export.csv?list=overdue&amp;tag=" + tag + "&amp;bodyId=" + body + "\"")
                .contains("href=\"/?within=7&amp;tag=" + tag + "\"");
        String csv = viewer.get("/dashboard/export.csv?list=overdue&tag=" + tag + "&bodyId=" + body).then().statusCode(200)
                .extract().asString();
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv)).getRecords();
        assertThat(rows).extracting(r -> r.get("id")).containsExactly(String.valueOf(late));
        viewer.get("/?tag=" + tag).then().body(containsString("id=\"count-overdue\">2<"))
                .body(org.hamcrest.Matchers.not(containsString("id=\"body-filter\"")));
    }

    @Test
    void badFiltersNameTheParameter() {
        asEditor().get("/api/v1/dashboard?regime=XX&bodyKind=CASTLE&departement=20").then().statusCode(422)
                .body("errors.field", hasItem("regime")).body("errors.field", hasItem("bodyKind"))
                .body("errors.field", hasItem("departement"));
        asEditor().get("/api/v1/dashboard/overdue?page=0&size=1000").then().statusCode(422)
                .body("errors.field", hasItem("page")).body("errors.field", hasItem("size"));
        BrowserSession.login(TestAccounts.VIEWER).get("/?regime=<script>").then().statusCode(422)
                .body(org.hamcrest.Matchers.not(containsString("<script>")));
        io.restassured.RestAssured.given().get("/api/v1/dashboard").then().statusCode(401);
    }
}
