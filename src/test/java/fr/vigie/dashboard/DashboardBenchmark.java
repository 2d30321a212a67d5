package fr.vigie.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

import fr.vigie.ops.ApiClient;
import fr.vigie.ops.AppProcess;

/**
 * The dashboard at scale: 100,000 requests with 1,000,000 events over 2,000 bodies, on H2 or PostgreSQL,
 * the packaged application in its own JVM limited to 512 MB of heap. Measures the first computation of every
 * request's state, then each page under closed-loop load on 127.0.0.1 beside the application's cheapest page, and
 * the heap all along, then the nightly job on the heaviest night of the next month ({@link NightlyRefresh}, which
 * needs Debian's faketime). Prints a Markdown table (the README's figures).
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests &amp;&amp; ./mvnw -B -q exec:java -Dexec.mainClass=fr.vigie.dashboard.DashboardBenchmark -Dexec.args=h2
 * ./mvnw -B -q package -DskipTests -Dquarkus.profile=pg &amp;&amp; VIGIE_DB_URL=jdbc:postgresql://127.0.0.1:5432/vigie_bench \
 *   VIGIE_DB_USER=vigie VIGIE_DB_PASSWORD=vigie ./mvnw -B -q exec:java -Dexec.mainClass=fr.vigie.dashboard.DashboardBenchmark -Dexec.args=pg
 * </pre>
 * Arguments: {@code h2|pg [requests=100000] [seconds per page=20] [clients=8]}. The PostgreSQL database must
 * exist; its public schema is emptied first.
 */
public final class DashboardBenchmark {

    private static final int BODIES = 2_000;
    private static final int PORT = 18090;
    private static final int SETTLE_MILLIS = 20_000;
    /** The measured refresh is the one asked for, not the start-up catch-up run of the scheduler. */
    private static final String[] JVM = {"-Xmx512m", "-Dquarkus.scheduler.enabled=false"};

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean pg = args.length > 0 && args[0].equals("pg");
        // "nightly" in place of the count: only the nightly job, on the data and states a full run left
        boolean nightlyOnly = args.length > 1 && args[1].equals("nightly");
        int requests = args.length > 1 && !nightlyOnly ? Integer.parseInt(args[1]) : 100_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        Path work = Path.of("target/bench/dashboard-" + (pg ? "pg" : "h2"));
        String url;
        String user;
        String password;
        AppProcess app;
        if (pg) {
            url = env("VIGIE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/vigie_bench");
            user = env("VIGIE_DB_USER", "vigie");
            password = env("VIGIE_DB_PASSWORD", "vigie");
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                if (nightlyOnly) {
                    nightly(AppProcess.pg(work, url, user, password).port(PORT).jvm(JVM), url, user, password);
                    return;
                }
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
            app = AppProcess.pg(work, url, user, password);
        } else {
            url = "jdbc:h2:file:" + work.toAbsolutePath().resolve("data/vigie");
            if (nightlyOnly) {
                nightly(AppProcess.h2(work).port(PORT).jvm(JVM), url, "sa", "");
                return;
            }
            deleteTree(work);
            user = "sa";
            password = "";
            app = AppProcess.h2(work);
        }
        app.port(PORT).jvm(JVM);
        System.out.printf("Database %s, heap limit 512 MB, %d requests, %d bodies%n", pg ? "PostgreSQL" : "H2", requests, BODIES);

        app.start();   // Flyway makes the schema, the administrator is created
        app.stop();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        long begin = System.nanoTime();
        long events;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            events = BenchmarkData.generate(c, BODIES, requests, today, 42);
        }
        System.out.printf("Generated %,d requests and %,d events in %.1f s%n", requests, events, (System.nanoTime() - begin) / 1e9);

        Duration startup = app.start();
        System.out.printf("Started in %.1f s%n", startup.toMillis() / 1e3);
        HeapWatch heap = HeapWatch.start(app);
        try {
            ApiClient admin = ApiClient.login(app.baseUri(), "admin", app.adminPassword()).withTimeout(Duration.ofMinutes(10));
            JsonNode first = admin.post("/api/v1/admin/refresh/expired", java.util.Map.of()).orThrow().json();
            JsonNode second = admin.post("/api/v1/admin/refresh/expired", java.util.Map.of()).orThrow().json();
            System.out.printf("Refresh, first computation after the bulk load (every state expired): %s%n", first);
            System.out.printf("Refresh, the same day again (nothing expired): %s%n", second);
            Thread.sleep(SETTLE_MILLIS); // H2 compacts its file in the background after the first refresh's writes

            PageLoad browser = PageLoad.browser(app.baseUri(), "admin", app.adminPassword());
            System.out.printf("First views after start-up (cold JVM, nothing cached): dashboard %.0f ms, statistics %.0f ms%n",
                    browser.millisOnce("/"), browser.millisOnce("/statistics"));
            JsonNode counts = admin.get("/api/v1/dashboard").orThrow().json();
            System.out.printf("Dashboard counters: %s%n", counts);
            PageLoad api = PageLoad.api(app.baseUri(), "admin", app.adminPassword());
            List<Measured> pages = List.of(
                    new Measured("cheapest page: GET /login", "/login", browser),
                    new Measured("dashboard: GET /", "/", browser),
                    new Measured("overdue list, filtered: GET /?bodyKind=PREFECTURE&within=30", "/?bodyKind=PREFECTURE&within=30", browser),
                    new Measured("overdue list as CSV: GET /dashboard/export.csv?list=overdue&departement=13",
                            "/dashboard/export.csv?list=overdue&departement=13", browser),
                    new Measured("statistics per body: GET /statistics", "/statistics", browser),
                    new Measured("JSON counters: GET /api/v1/dashboard", "/api/v1/dashboard", api),
                    new Measured("JSON overdue list: GET /api/v1/dashboard/overdue?size=50", "/api/v1/dashboard/overdue?size=50", api),
                    new Measured("grounds of refusal and items × outcome: GET /statistics/grounds?tag=cnil",
                            "/statistics/grounds?tag=cnil", browser),
                    new Measured("JSON grounds, all bodies: GET /api/v1/statistics/grounds", "/api/v1/statistics/grounds", api));
            // every page warms up before any is measured: the first one measured must not pay for a cold JIT
            int warmUp = Math.max(5, seconds / 2);
            for (Measured page : pages) {
                page.client().warmUp(page.path(), clients, warmUp);
            }
            List<PageLoad.Result> results = new ArrayList<>();
            for (Measured page : pages) {
                results.add(page.client().measure(page.name(), page.path(), clients, seconds));
            }
            print(results, clients, seconds);
            // a user's write moves the data version: the next views compute their figures and render again
            saveABodyUnchanged(admin);
            System.out.printf("%nFirst views after a write (warm JVM): dashboard %.0f ms, statistics %.0f ms, grounds (800,000 items)"
                    + " %.0f ms%n", browser.millisOnce("/"), browser.millisOnce("/statistics"),
                    api.millisOnce("/api/v1/statistics/grounds"));
        } finally {
            heap.stop();
            System.out.printf("Heap used: max %d MB while measured (limit 512 MB), %d MB after a full GC at the end%n",
                    heap.maxBytes() >> 20, app.heapAfterGcBytes() >> 20);
            app.stop();
        }
        nightly(app, url, user, password);
    }

    /**
     * The nightly job on the heaviest night of the next month: in an application started normally, on that night's
     * states made expired, then in one restarted with its clock moved to the next heaviest night by libfaketime.
     */
    private static void nightly(AppProcess app, String url, String user, String password) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        NightlyRefresh.Night night;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            night = NightlyRefresh.heaviest(c, today, 31);
            System.out.printf("%nHeaviest night of the next month: %s, %,d states expire%n", night.day(), night.expiring());
            System.out.printf("Nightly refresh of those states, the application started normally: %s%n",
                    NightlyRefresh.inStartedApplication(app, c, today, night));
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            night = NightlyRefresh.heaviest(c, today, 31);
        }
        System.out.printf("Next heaviest night: %s, %,d states expire%n", night.day(), night.expiring());
        System.out.printf("Nightly refresh on that night (application restarted with its clock moved there by libfaketime): %s%n",
                NightlyRefresh.run(app, today, night));
    }

    /** Saves the body of the longest overdue request as it is: a write like any user's. */
    private static void saveABodyUnchanged(ApiClient admin) throws java.io.IOException, InterruptedException {
        long requestId = admin.get("/api/v1/dashboard/overdue?size=1").orThrow().json().get("items").get(0).get("id").asLong();
        long bodyId = admin.get("/api/v1/requests/" + requestId).orThrow().json().get("bodyId").asLong();
        JsonNode body = admin.get("/api/v1/bodies/" + bodyId).orThrow().json();
        java.util.Map<String, Object> same = new java.util.HashMap<>();
        for (String field : List.of("name", "shortName", "kind", "departement", "postalAddress", "email", "prada", "website", "notes")) {
            if (body.hasNonNull(field)) {
                same.put(field, body.get(field).asText());
            }
        }
        admin.put("/api/v1/bodies/" + bodyId, same).orThrow();
    }

    /** A page to load, and as whom (a browser with its session cookie, or an API client with a token). */
    private record Measured(String name, String path, PageLoad client) {
    }

    private static void print(List<PageLoad.Result> results, int clients, int seconds) {
        double cheapest = results.get(0).perSecond();
        System.out.printf("%n%d clients, %d s per page after warm-up, 127.0.0.1%n%n", clients, seconds);
        System.out.println("| page | requests | errors | p50 ms | p95 ms | req/s | share of cheapest |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (PageLoad.Result r : results) {
            System.out.printf("| %s | %,d | %d | %.1f | %.1f | %.0f | %.0f %% |%n", r.name(), r.requests(), r.errors(), r.p50Ms(),
                    r.p95Ms(), r.perSecond(), 100 * r.perSecond() / cheapest);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Samples the application's heap every second while the measures run. */
    private static final class HeapWatch {
        private final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        static HeapWatch start(AppProcess app) {
            HeapWatch watch = new HeapWatch();
            watch.thread = new Thread(() -> {
                while (watch.running) {
                    try {
                        watch.max.accumulateAndGet(app.heapUsedBytes(), Math::max);
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    } catch (java.io.IOException e) {
                        System.err.println("heap sample failed: " + e.getMessage());
                    }
                }
            });
            watch.thread.setDaemon(true);
            watch.thread.start();
            return watch;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }

        long maxBytes() {
            return max.get();
        }
    }
}
