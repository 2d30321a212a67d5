package fr.vigie.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import fr.vigie.app.DataVersion;
import fr.vigie.publicbody.BodyInput;
import fr.vigie.publicbody.PublicBodyService;
import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import fr.vigie.web.Msg;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The campaign benchmark (README, "Campaigns"): prints how long creating a campaign of 500 bodies takes through the
 * API (one request each, through the request writer, in one transaction) and the latency of its page with 500
 * requests. A command that prints figures, not a timed test: it only checks that the work was done. Run it with
 * {@code ./mvnw -B test -Dtest=CampaignBenchmark -Dbenchmark=true} (add the PostgreSQL settings of the README for
 * PostgreSQL); {@code -Dbenchmark.bodies=} and {@code -Dbenchmark.pages=} change the sizes.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CampaignBenchmark {

    @Test
    void createAndRenderALargeCampaign() {
        int size = Integer.getInteger("benchmark.bodies", 500);
        int pages = Integer.getInteger("benchmark.pages", 200);
        List<Integer> bodies = bodies(size);
        List<Long> createMillis = new ArrayList<>();
        int id = 0;
        for (int run = 0; run < 3; run++) {
            Map<String, Object> campaign = CampaignApiTest.campaign(bodies);
            long start = System.nanoTime();
            id = RequestApi.asEditor().body(campaign).post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
            createMillis.add((System.nanoTime() - start) / 1_000_000);
        }
        assertThat(CampaignApiTest.requestIds(id)).hasSize(Math.min(100, size));
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        long[] page = latencies(editor, "/campaigns/" + id, pages);
        long[] api = latencies(editor, "/api/v1/campaigns/" + id, pages);
        long[] cold = coldLatencies(editor, "/campaigns/" + id, 20);
        // the same page for a campaign of 20 requests: what any page costs here, whatever the campaign's size
        Map<String, Object> small = CampaignApiTest.campaign(bodies.subList(0, Math.min(20, size)));
        int smallId = RequestApi.asEditor().body(small).post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        long[] smallPage = latencies(editor, "/campaigns/" + smallId, pages);
        String html = editor.get("/campaigns/" + id).asString();
        assertThat(html).contains("id=\"r-");
        System.out.printf("%ncampaign-benchmark (%s, load average %s): create a campaign of %d bodies through the API: %s ms (3 runs)%n",
                System.getProperty("quarkus.test.profile", "test"), loadAverage(), size, createMillis);
        System.out.printf("campaign-benchmark: GET /campaigns/{id} with %d requests (%d KB), %d calls: p50 %d ms, p95 %d ms, max %d ms%n",
                size, html.length() / 1024, pages, page[0], page[1], page[2]);
        System.out.printf("campaign-benchmark: GET /campaigns/{id} just after a write (cache miss), %d calls: p50 %d ms, p95 %d ms, max %d ms%n",
                20, cold[0], cold[1], cold[2]);
        System.out.printf("campaign-benchmark: GET /campaigns/{id} with 20 requests, %d calls: p50 %d ms, p95 %d ms, max %d ms%n",
                pages, smallPage[0], smallPage[1], smallPage[2]);
        System.out.printf("campaign-benchmark: GET /api/v1/campaigns/{id}, %d calls: p50 %d ms, p95 %d ms, max %d ms%n%n",
                pages, api[0], api[1], api[2]);
    }

    /** Bodies made straight through the directory's writer (not measured). */
    private static List<Integer> bodies(int size) {
        Msg msg = MessageBundles.get(Msg.class, io.quarkus.qute.i18n.Localized.Literal.of("fr"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String[] deps = { "75", "13", "69", "59", "06", "31", "33", "44", "67", "35", "971", "974", "2A" };
        return QuarkusTransaction.requiringNew().call(() -> {
            PublicBodyService service = Arc.container().instance(PublicBodyService.class).get();
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                ids.add(service.create(msg, new BodyInput("Commune bench " + run + " " + i, null, "COMMUNE", deps[i % deps.length],
                        null, null, null, null, null, null, false)).id.intValue());
            }
            return ids;
        });
    }

    /** p50, p95 and max of {@code calls} GETs, each just after the data version moved (as after any write). */
    private static long[] coldLatencies(BrowserSession session, String path, int calls) {
        long[] millis = new long[calls];
        for (int i = 0; i < calls; i++) {
            QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(DataVersion.class).get().bump());
            long start = System.nanoTime();
            session.get(path).then().statusCode(200);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return new long[] { millis[calls / 2], millis[(int) Math.ceil(calls * 0.95) - 1], millis[calls - 1] };
    }

    /** The machine's load averages (1, 5, 15 minutes), printed with the figures. */
    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.asList(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")).subList(0, 3));
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** p50, p95 and max of {@code calls} GETs, after 20 calls to warm up. */
    private static long[] latencies(BrowserSession session, String path, int calls) {
        for (int i = 0; i < 20; i++) {
            session.get(path).then().statusCode(200);
        }
        long[] millis = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            session.get(path).then().statusCode(200);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return new long[] { millis[calls / 2], millis[(int) Math.ceil(calls * 0.95) - 1], millis[calls - 1] };
    }
}
