package fr.vigie.dashboard;

import static fr.vigie.request.RequestApi.asEditor;
import static fr.vigie.request.RequestApi.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.FixedClock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The benchmark's data are only worth measuring if they are data the application accepts: every course
 * of {@link BenchmarkData} is recorded here through the API, which checks the procedure's order.
 */
@QuarkusTest
class BenchmarkDataTest {

    @Test
    void everyCourseIsAValidTimeline() {
        FixedClock.install("2026-06-01");
        LocalDate sent = LocalDate.parse("2024-01-08");
        for (List<BenchmarkData.Step> course : BenchmarkData.CYCLE.stream().distinct().toList()) {
            int id = RequestApi.newRequest(RequestApi.newBody(BenchmarkData.departement(course.size())));
            for (BenchmarkData.Step step : course) {
                Map<String, Object> ev = new HashMap<>(RequestApi.ev(step.type(), sent.plusDays(step.day()).toString()));
                if (step.field() != null) {
                    ev.put(step.field(), step.value());
                }
                event(id, ev).then().log().ifValidationFails().statusCode(201);
            }
            asEditor().get("/api/v1/requests/" + id).then().statusCode(200);
        }
    }

    @Test
    void tenEventsARequestOnAverage() {
        assertThat(BenchmarkData.CYCLE.stream().mapToInt(List::size).sum()).isEqualTo(10 * BenchmarkData.CYCLE.size());
    }
}
