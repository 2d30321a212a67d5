package fr.vigie.request;

import static fr.vigie.request.RequestApi.asEditor;
import static fr.vigie.request.RequestApi.ev;
import static fr.vigie.request.RequestApi.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.vigie.request.timeline.Avis;
import fr.vigie.testing.FixedClock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Migration V7 computes the statistics facts of the requests stored before it in SQL: on every request of the
 * database (these and whatever earlier tests left), its UPDATE must give what the application stored.
 */
@QuarkusTest
class StatisticsBackfillTest {

    private static final String MIGRATION = "/db/migration/V7__statistics_facts.sql";

    @Inject
    DataSource dataSource;

    @Test
    void theBackfillGivesTheFactsTheApplicationStores() throws IOException {
        FixedClock.install("2025-06-02");
        int body = RequestApi.newBody("38");
        int answered = sent(body);
        event(answered, ev("ANSWER", "2025-01-20", "outcome", "FULL")).then().statusCode(201);
        int deletedAnswer = sent(body);
        int refusal = event(deletedAnswer, ev("ANSWER", "2025-01-20", "outcome", "REFUSED")).then().statusCode(201)
                .extract().path("id");
        asEditor().delete("/api/v1/requests/" + deletedAnswer + "/events/" + refusal).then().statusCode(204);
        int refusedAfterAvis = avis(body, "FAVOURABLE");
        event(refusedAfterAvis, ev("DECISION_AFTER_AVIS", "2025-03-01", "outcome", "REFUSED")).then().statusCode(201);
        int silentAfterAvis = avis(body, "PARTLY_FAVOURABLE");
        int correctedAvis = avis(body, "FAVOURABLE");
        int avisEvent = asEditor().get("/api/v1/requests/" + correctedAvis).then().extract().path("events.find { it.type == 'CADA_AVIS' }.id");
        asEditor().body(ev("CADA_AVIS", "2025-02-20", "avis", "UNFAVOURABLE")).put("/api/v1/requests/" + correctedAvis + "/events/" + avisEvent)
                .then().statusCode(200);
        event(correctedAvis, ev("DECISION_AFTER_AVIS", "2025-03-01", "outcome", "REFUSED")).then().statusCode(201);
        int partial = sent(body);
        event(partial, ev("ANSWER", "2025-02-20", "outcome", "PARTIAL")).then().statusCode(201);
        int draft = RequestApi.newRequest(body);

        Map<Long, StatisticsFacts> stored = StoredStatistics.all(dataSource);
        // sent 6 January by e-mail: silence is a refusal on 6 February (R311-13 CRPA)
        assertThat(stored.get((long) answered)).isEqualTo(facts("2025-01-20", false, false, null, false));
        assertThat(stored.get((long) deletedAnswer)).isEqualTo(facts(null, false, false, null, false));
        assertThat(stored.get((long) refusedAfterAvis)).isEqualTo(facts(null, false, true, Avis.FAVOURABLE, true));
        // registered 12 February, no decision two months later: the refusal is confirmed (R343-5), the avis ignored
        assertThat(stored.get((long) silentAfterAvis)).isEqualTo(facts(null, false, true, Avis.PARTLY_FAVOURABLE, true));
        assertThat(stored.get((long) correctedAvis)).isEqualTo(facts(null, false, true, Avis.UNFAVOURABLE, false));
        assertThat(stored.get((long) partial)).isEqualTo(facts("2025-02-20", true, false, null, false));
        assertThat(stored.get((long) draft)).isEqualTo(new StatisticsFacts(null, null, null, false, false, null, false));

        StoredStatistics.spoil(dataSource, "");
        List<String> backfill = updates(MIGRATION);
        assertThat(backfill).hasSize(1);
        backfill.forEach(sql -> StoredStatistics.execute(dataSource, sql));
        assertThat(StoredStatistics.all(dataSource)).isEqualTo(stored);
    }

    /** A request sent on 6 January 2025 by e-mail. */
    private static int sent(int body) {
        Map<String, Object> r = RequestApi.request(body);
        r.put("channel", "EMAIL");
        int id = asEditor().body(r).post("/api/v1/requests").then().statusCode(201).extract().path("id");
        event(id, ev("SENT", "2025-01-06")).then().statusCode(201);
        return id;
    }

    /** Sent, referred to the CADA and registered, and its avis on 20 February. */
    private static int avis(int body, String avis) {
        int id = sent(body);
        event(id, ev("CADA_REFERRAL_SENT", "2025-02-10")).then().statusCode(201);
        event(id, ev("CADA_REGISTERED", "2025-02-12")).then().statusCode(201);
        event(id, ev("CADA_AVIS", "2025-02-20", "avis", avis)).then().statusCode(201);
        return id;
    }

    private static StatisticsFacts facts(String firstAnswer, boolean refused, boolean referred, Avis avis, boolean ignored) {
        return new StatisticsFacts(LocalDate.parse("2025-01-06"), firstAnswer == null ? null : LocalDate.parse(firstAnswer),
                LocalDate.parse("2025-02-06"), refused, referred, avis, ignored);
    }

    /** The UPDATE statements of a migration script, comments left out. */
    private static List<String> updates(String resource) throws IOException {
        try (InputStream in = StatisticsBackfillTest.class.getResourceAsStream(resource)) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
            return Arrays.stream(script.split(";")).map(String::strip).filter(sql -> sql.startsWith("UPDATE")).toList();
        }
    }
}
