package fr.vigie.dashboard;

import static fr.vigie.request.RequestApi.asEditor;
import static fr.vigie.request.RequestApi.ev;
import static fr.vigie.request.RequestApi.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** One body, five requests in known states on 5 March 2025; every figure worked out by hand. */
@QuarkusTest
class StatisticsTest {

    @Inject
    BodyStatisticsQuery query;

    private static int request(int body) {
        Map<String, Object> r = RequestApi.request(body);
        r.put("channel", "EMAIL");
        return asEditor().body(r).post("/api/v1/requests").then().statusCode(201).extract().path("id");
    }

    @Test
    void figuresOfOneBody() {
        FixedClock.install("2025-03-05");
        int body = RequestApi.newBody("38");
        int inTime = request(body);              // answered after 14 days, before the 6 Feb implicit refusal
        event(inTime, ev("SENT", "2025-01-06")).then().statusCode(201);
        event(inTime, ev("ANSWER", "2025-01-20", "outcome", "FULL")).then().statusCode(201);
        int late = request(body);                // refused after 45 days, once the silence was already a refusal
        event(late, ev("SENT", "2025-01-06")).then().statusCode(201);
        event(late, ev("ANSWER", "2025-02-20", "outcome", "REFUSED")).then().statusCode(201);
        int ignored = request(body);             // favourable avis, then refused again
        event(ignored, ev("SENT", "2025-01-02")).then().statusCode(201);
        event(ignored, ev("CADA_REFERRAL_SENT", "2025-02-10")).then().statusCode(201);
        event(ignored, ev("CADA_REGISTERED", "2025-02-12")).then().statusCode(201);
        event(ignored, ev("CADA_AVIS", "2025-02-20", "avis", "FAVOURABLE")).then().statusCode(201);
        event(ignored, ev("DECISION_AFTER_AVIS", "2025-03-01", "outcome", "REFUSED")).then().statusCode(201);
        int silent = request(body);              // sent 3 Feb: silent past 3 March, late since the 4th
        event(silent, ev("SENT", "2025-02-03")).then().statusCode(201);
        request(body);                           // a draft: never sent, not counted

        BodyStatistics s = QuarkusTransaction.requiringNew().call(() -> query.forBody(body, new AsOf(java.time.LocalDate.of(2025, 3, 5), -1)));
        assertThat(s.sent()).isEqualTo(4);
        assertThat(s.answered()).isEqualTo(2);
        assertThat(s.answeredInTime()).isEqualTo(1);
        assertThat(s.answeredInTimePercent()).isEqualTo(25);
        assertThat(s.medianDaysToAnswer()).isEqualTo(29.5);
        assertThat(s.overdueNow()).isEqualTo(1);
        assertThat(s.refusals()).isEqualTo(1);
        assertThat(s.cadaReferrals()).isEqualTo(1);
        assertThat(s.avis("FAVOURABLE")).isEqualTo(1);
        assertThat(s.avis("UNFAVOURABLE")).isZero();
        assertThat(s.favourableIgnored()).isEqualTo(1);

        BrowserSession viewer = BrowserSession.login(TestAccounts.VIEWER);
        viewer.get("/statistics?sort=ignored").then().statusCode(200).body(containsString("id=\"stats-" + body + "\""))
                .body(containsString("<svg id=\"chart-in-time\""));
        viewer.get("/bodies/" + body).then().body(containsString("id=\"body-figures\"")).body(containsString("29.5"));
        viewer.get("/statistics").then().statusCode(200);
        viewer.get("/statistics?sort=<script>").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("<script>")));
    }

    @Test
    void medianOfAnEvenAndAnOddCount() {
        assertThat(BodyStatisticsQuery.median(List.of())).isNull();
        assertThat(BodyStatisticsQuery.median(List.of(7L))).isEqualTo(7.0);
        assertThat(BodyStatisticsQuery.median(List.of(1L, 4L, 10L))).isEqualTo(4.0);
        assertThat(BodyStatisticsQuery.median(List.of(1L, 4L, 10L, 30L))).isEqualTo(7.0);
    }
}
