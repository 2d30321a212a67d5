package fr.vigie.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import fr.vigie.dashboard.BenchmarkData;
import fr.vigie.dashboard.PageLoad;
import fr.vigie.ops.ApiClient;
import fr.vigie.ops.AppProcess;

/**
 * Search at scale (issue 16, must-show 3): the dashboard benchmark's 100,000 requests with 1,000,000 events,
 * plus notes on a third of the events and 20,000 documents of about 10 KB of text each (a few scans among
 * them), on H2 or PostgreSQL, the packaged application in its own JVM limited to 512 MB. Measures the first
 * index build, the reading of every document (OCR included), a rebuild with all the text, the index size, ten
 * kinds of queries under closed-loop load, and the heap. Prints Markdown (the README's figures).
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests &amp;&amp; ./mvnw -B -q exec:java -Dexec.mainClass=fr.vigie.search.SearchBenchmark -Dexec.args="h2"
 * ./mvnw -B -q package -DskipTests -Dquarkus.profile=pg &amp;&amp; VIGIE_DB_URL=jdbc:postgresql://127.0.0.1:5432/vigie_bench \
 *   ./mvnw -B -q exec:java -Dexec.mainClass=fr.vigie.search.SearchBenchmark -Dexec.args="pg"
 * </pre>
 * Arguments: {@code h2|pg [requests=100000] [documents=20000] [scans=20] [seconds per query=10] [clients=2]}.
 * The PostgreSQL database must exist; its public schema is emptied first. {@code -Dreuse=true} measures the queries
 * again on the data of the previous run (same arguments), with the application as packaged now: no data generated,
 * no document read, the index rebuilt from the database, then the queries.
 */
public final class SearchBenchmark {

    private static final int BODIES = 2_000;
    /** -Dport=... to run two benchmarks at once (H2 and PostgreSQL). */
    private static final int PORT = Integer.getInteger("port", 18091);
    private static final boolean REUSE = Boolean.getBoolean("reuse");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean pg = args.length > 0 && args[0].equals("pg");
        int requests = arg(args, 1, 100_000);
        int documents = arg(args, 2, 20_000);
        int scans = arg(args, 3, 20);
        int seconds = arg(args, 4, 10);
        int clients = arg(args, 5, 2);
        Path work = Path.of("target/bench/search-" + (pg ? "pg" : "h2")).toAbsolutePath();
        String url = pg ? env("VIGIE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/vigie_bench") : "jdbc:h2:file:" + work.resolve("data/vigie");
        String user = pg ? env("VIGIE_DB_USER", "vigie") : "sa";
        String password = pg ? env("VIGIE_DB_PASSWORD", "vigie") : "";
        AppProcess app = (pg ? AppProcess.pg(work, url, user, password) : AppProcess.h2(work)).port(PORT)
                .jvm("-Xmx512m", "-Dquarkus.scheduler.enabled=false");
        System.out.printf("Database %s, heap limit 512 MB, %,d requests, %,d documents (%d scans), %d clients%s; load average %s%n",
                pg ? "PostgreSQL" : "H2", requests, documents, scans, clients, REUSE ? ", data of the previous run" : "",
                loadAverage());
        SearchBenchmarkData data = new SearchBenchmarkData(7);
        if (!REUSE) {
            generate(pg, app, data, url, user, password, requests, documents, scans);
        }
        Duration startup = app.start(Duration.ofMinutes(10));
        long maxHeap = 0;
        try {
            ApiClient admin = ApiClient.login(app.baseUri(), "admin", app.adminPassword()).withTimeout(Duration.ofMinutes(10));
            System.out.printf("Started in %.1f s%n", startup.toMillis() / 1e3);
            // a reused index is kept as it is at start-up (a rebuild is asked for below); a new one is built at once
            JsonNode built = waitFor(admin, s -> (REUSE || s.hasNonNull("lastRebuild")) && !s.get("rebuilding").asBoolean());
            if (!REUSE) {
                System.out.printf("First index build (no document text yet): %,d entries in %.1f s, %.0f entries/s%n",
                        built.get("lastRebuildEntries").asLong(), built.get("lastRebuildMillis").asLong() / 1e3,
                        built.get("lastRebuildEntries").asLong() * 1e3 / Math.max(1, built.get("lastRebuildMillis").asLong()));
                maxHeap = Math.max(maxHeap, app.heapUsedBytes());
                long reading = System.nanoTime();
                JsonNode read = waitFor(admin, s -> waiting(s) == 0);
                double readSeconds = (System.nanoTime() - reading) / 1e9;
                maxHeap = Math.max(maxHeap, app.heapUsedBytes());
                printReading(read, readSeconds);
            }
            String lastRebuild = built.path("lastRebuild").asText();
            admin.post("/api/v1/admin/search/rebuild", Map.of()).orThrow();
            JsonNode rebuilt = waitFor(admin, s -> s.hasNonNull("lastRebuild") && !s.get("lastRebuild").asText().equals(lastRebuild)
                    && !s.get("rebuilding").asBoolean());
            long entries = rebuilt.get("lastRebuildEntries").asLong();
            long millis = rebuilt.get("lastRebuildMillis").asLong();
            System.out.printf("Rebuild with all the text: %,d entries in %.1f s (%.0f entries/s, %.1f MB of document text/s);"
                    + " index %.0f MB; load average %s%n", entries, millis / 1e3, entries * 1e3 / millis,
                    chars(rebuilt) / 1e6 / (millis / 1e3), rebuilt.get("sizeBytes").asLong() / 1e6, loadAverage());
            maxHeap = Math.max(maxHeap, app.heapUsedBytes());

            PageLoad api = PageLoad.api(app.baseUri(), "admin", app.adminPassword());
            PageLoad browser = PageLoad.browser(app.baseUri(), "admin", app.adminPassword());
            List<Query> queries = queries(data.rareWord(), api, browser);
            printTotals(admin, queries);
            for (Query q : queries) {
                q.client().warmUp(q.path(), clients, Math.max(3, seconds / 2));
            }
            List<PageLoad.Result> results = new ArrayList<>();
            List<String> loads = new ArrayList<>();
            for (Query q : queries) {
                results.add(q.client().measure(q.name(), q.path(), clients, seconds));
                loads.add(loadAverage());
                maxHeap = Math.max(maxHeap, app.heapUsedBytes());
            }
            print(results, loads, clients, seconds);
        } finally {
            System.out.printf("Heap: highest sample %d MB (limit 512 MB), %d MB after a full GC at the end%n", maxHeap >> 20,
                    app.heapAfterGcBytes() >> 20);
            app.stop();
        }
    }

    /** A new data set: the schema made by the application's first start, then the rows, and no index yet. */
    private static void generate(boolean pg, AppProcess app, SearchBenchmarkData data, String url, String user,
            String password, int requests, int documents, int scans) throws Exception {
        emptyDatabase(pg, app.workDir(), url, user, password);
        app.start(); // Flyway makes the schema, the administrator is created
        app.stop();
        long begin = System.nanoTime();
        long events;
        int notes;
        long textBytes;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            events = BenchmarkData.generate(c, BODIES, requests, LocalDate.now(ZoneId.of("Europe/Paris")), 42);
            notes = SearchBenchmarkData.addNotes(c);
            textBytes = data.addDocuments(c, documents, scans, requests);
        }
        System.out.printf("Generated %,d requests, %,d events (%,d with a note), %,d documents (%.0f MB of text) in %.0f s%n",
                requests, events, notes, documents, textBytes / 1e6, (System.nanoTime() - begin) / 1e9);
        // the data went straight into the tables, not through the writer and its journal: the instance starts with
        // no index, as a new instance does, and builds it from the database
        deleteTree(app.workDir().resolve("data/search-index"));
    }

    /** One kind of query, sent by an API client or a logged-in browser. */
    private record Query(String name, String path, PageLoad client) {
    }

    private static List<Query> queries(String rare, PageLoad api, PageLoad browser) {
        return List.of(
                new Query("one word found almost everywhere: briefcam", api("briefcam"), api),
                new Query("one rare word: " + rare, api(rare), api),
                new Query("two words: vidéoprotection préfecture", api("vidéoprotection préfecture"), api),
                new Query("a phrase: \"analyse d'impact\"", api("\"analyse d'impact\""), api),
                new Query("a prefix: camér*", api("camér*"), api),
                new Query("no accents, plurals: cameras securite", api("cameras securite"), api),
                new Query("a CADA case number: 20240001", api("20240001"), api),
                // the data's préfectures are bodies 3, 13, 23...; département 69 is bodies 68, 163, 258...: both are 163, 353...
                new Query("a word and filters: marché, PREFECTURE, 69", api("marché") + "&bodyKind=PREFECTURE&departement=69", api),
                new Query("by date, 5th page: commande", api("commande") + "&sort=DATE&page=5", api),
                new Query("the HTML page: /search?q=convention maintenance", "/search?q="
                        + URLEncoder.encode("convention maintenance", StandardCharsets.UTF_8), browser));
    }

    private static String api(String q) {
        return "/api/v1/search?size=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    /** What each API query finds, so that a query finding nothing is seen (it would measure nothing). */
    private static void printTotals(ApiClient admin, List<Query> queries) throws Exception {
        for (Query q : queries) {
            if (q.path().startsWith("/api/")) {
                JsonNode page = admin.get(q.path()).orThrow().json();
                System.out.printf("%s: total %s%s, %d on the page%n", q.name(), page.path("total").asText(),
                        page.path("totalExact").asBoolean(true) ? "" : "+", page.path("items").size());
            }
        }
    }

    private static void printReading(JsonNode status, double seconds) {
        long count = 0;
        long chars = 0;
        long ocrCount = 0;
        long ocrMillis = 0;
        long failed = 0;
        for (JsonNode d : status.get("documents")) {
            count += d.get("count").asLong();
            chars += d.get("chars").asLong();
            if (d.get("ocr").asBoolean()) {
                ocrCount += d.get("count").asLong();
                ocrMillis += d.get("millis").asLong();
            }
            if (!d.get("status").asText().equals("DONE")) {
                failed += d.get("count").asLong();
            }
        }
        System.out.printf("Documents read: %,d in %.0f s (%.1f documents/s, %.2f MB of text/s), %d not read (%s)%n", count,
                seconds, count / seconds, chars / 1e6 / seconds, failed, status.get("documents"));
        if (ocrCount > 0) {
            System.out.printf("OCR: %d one-page scans, %.1f s each on average (%.1f pages/min)%n", ocrCount,
                    ocrMillis / 1e3 / ocrCount, 60_000.0 * ocrCount / ocrMillis);
        }
    }

    private static long chars(JsonNode status) {
        long chars = 0;
        for (JsonNode d : status.get("documents")) {
            chars += d.get("chars").asLong();
        }
        return chars;
    }

    private static long waiting(JsonNode status) {
        long n = 0;
        for (JsonNode d : status.get("documents")) {
            String s = d.get("status").asText();
            if (s.equals("PENDING") || s.equals("RUNNING")) {
                n += d.get("count").asLong();
            }
        }
        return n;
    }

    private static JsonNode waitFor(ApiClient admin, java.util.function.Predicate<JsonNode> done) throws Exception {
        while (true) {
            JsonNode status = admin.get("/api/v1/admin/search").orThrow().json();
            if (done.test(status)) {
                return status;
            }
            Thread.sleep(1_000);
        }
    }

    private static void print(List<PageLoad.Result> results, List<String> loads, int clients, int seconds) {
        System.out.printf("%n%d clients, %d s per query after warm-up, 127.0.0.1%n%n", clients, seconds);
        System.out.println("| query | requests | errors | p50 ms | p95 ms | req/s | load average after |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|");
        for (int i = 0; i < results.size(); i++) {
            PageLoad.Result r = results.get(i);
            System.out.printf("| %s | %,d | %d | %.1f | %.1f | %.0f | %s |%n", r.name(), r.requests(), r.errors(), r.p50Ms(),
                    r.p95Ms(), r.perSecond(), loads.get(i));
        }
    }

    /** The machine's load average over 1, 5 and 15 minutes (other builds share its two cores). */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static void emptyDatabase(boolean pg, Path work, String url, String user, String password) throws Exception {
        if (pg) {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        } else {
            deleteTree(work);
        }
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

    private static int arg(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
