package fr.vigie.search;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import fr.vigie.dashboard.BenchmarkData;
import fr.vigie.publicbody.BodyKind;
import fr.vigie.search.index.IndexFields;
import fr.vigie.search.index.IndexStore;
import fr.vigie.search.query.SearchEngine;
import fr.vigie.search.query.SearchInput;
import fr.vigie.search.source.Entry;
import fr.vigie.search.source.EntryType;
import fr.vigie.search.source.RequestFacts;
import fr.vigie.search.source.SearchField;

/**
 * The search engine alone, in this JVM: no database, no HTTP, no document to read. Writes an index shaped as the
 * full benchmark's ({@link SearchBenchmark}: requests with the dashboard benchmark's letter, ten events each with a
 * note on every third and the CADA case numbers of its courses, documents of three pages of about 500 words), then
 * loads the same kinds of query on {@link SearchEngine} with {@code clients} threads. Minutes instead of the half
 * hour of the full benchmark, to try a change to the queries; the README's figures come from the full one.
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=fr.vigie.search.SearchEngineBenchmark \
 *   -Dexec.args="100000 20000 10 2"
 * </pre>
 * Arguments: {@code [requests=100000] [documents=20000] [seconds per query=10] [clients=2]}. The index is kept in
 * {@code target/bench/search-engine-<requests>-<documents>} (or {@code -Dindex=folder}) and used again by the next run. Besides the wall time
 * of each search, the CPU time of its thread: on a machine shared with other builds, the wall time mostly measures
 * the wait for a core.
 */
public final class SearchEngineBenchmark {

    private static final String[] KINDS = { "COMMUNE", "COMMUNE", "COMMUNE", "PREFECTURE", "POLICE_SERVICE" };
    /** The CADA case number of the request's course, as {@code BenchmarkData}'s cycle of ten courses gives them. */
    private static final String[] CASES = { "20240001", null, null, null, null, null, null, "20240002", "20240003", "20240001" };

    private SearchEngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Path folder = Path.of(System.getProperty("index", "target/bench/search-engine-" + requests + "-" + documents));
        SearchBenchmarkData data = new SearchBenchmarkData(7);
        try (IndexStore store = IndexStore.open(folder.toString())) {
            if (store.isFresh()) {
                long begin = System.nanoTime();
                long entries = write(store, data, requests, documents);
                System.out.printf("Index: %,d entries written in %.0f s; load average %s%n", entries,
                        (System.nanoTime() - begin) / 1e9, SearchBenchmark.loadAverage());
            }
            System.out.printf("Index at %s: %,d entries, %.0f MB%n", folder, store.<Integer>search(s -> s.getIndexReader().numDocs()),
                    store.sizeBytes() / 1e6);
            SearchEngine engine = new SearchEngine(store);
            System.out.printf("%n%d threads, %d s per query after %d s of warm-up%n%n", clients, seconds, seconds / 2);
            System.out.println("| query | total | searches | p50 / p95 ms | CPU p50 / p95 ms | load average after |");
            System.out.println("|---|---:|---:|---:|---:|---|");
            for (Object[] q : queries(data.rareWord())) {
                SearchInput input = (SearchInput) q[1];
                load(engine, input, clients, seconds / 2);
                long[][] times = load(engine, input, clients, seconds);
                var result = engine.search(input, true);
                System.out.printf("| %s | %s%,d | %,d | %.1f / %.1f | %.1f / %.1f | %s |%n", q[0], result.exact() ? "" : "≥ ",
                        result.total(), times[0].length, p(times[0], 50), p(times[0], 95), p(times[1], 50), p(times[1], 95),
                        SearchBenchmark.loadAverage());
            }
        }
    }

    private static double p(long[] sortedNanos, int percent) {
        return sortedNanos[Math.min(sortedNanos.length - 1, sortedNanos.length * percent / 100)] / 1e6;
    }

    private static List<Object[]> queries(String rare) {
        return List.of(new Object[] { "briefcam", input("briefcam", null, null, SearchInput.Sort.RELEVANCE, 1) },
                new Object[] { "rare word " + rare, input(rare, null, null, SearchInput.Sort.RELEVANCE, 1) },
                new Object[] { "vidéoprotection préfecture", input("vidéoprotection préfecture", null, null, SearchInput.Sort.RELEVANCE, 1) },
                new Object[] { "\"analyse d'impact\"", input("\"analyse d'impact\"", null, null, SearchInput.Sort.RELEVANCE, 1) },
                new Object[] { "camér*", input("camér*", null, null, SearchInput.Sort.RELEVANCE, 1) },
                new Object[] { "cameras securite", input("cameras securite", null, null, SearchInput.Sort.RELEVANCE, 1) },
                new Object[] { "20240001", input("20240001", null, null, SearchInput.Sort.RELEVANCE, 1) },
                // préfectures in the 69 are bodies 163, 353...; none is in the 13
                new Object[] { "marché PREFECTURE 69", input("marché", BodyKind.PREFECTURE, "69", SearchInput.Sort.RELEVANCE, 1) },
                new Object[] { "commande by date page 5", input("commande", null, null, SearchInput.Sort.DATE, 5) },
                new Object[] { "convention maintenance", input("convention maintenance", null, null, SearchInput.Sort.RELEVANCE, 1) });
    }

    private static SearchInput input(String q, BodyKind kind, String departement, SearchInput.Sort sort, int page) {
        return new SearchInput(q, null, null, kind, departement, null, null, null, null, null, null, null, sort, page, 20);
    }

    /** Searches with {@code clients} threads for {@code seconds}; the sorted wall and CPU times in nanoseconds. */
    private static long[][] load(SearchEngine engine, SearchInput input, int clients, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<List<Long>> times = new ArrayList<>();
        List<List<Long>> cpu = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int t = 0; t < clients; t++) {
            List<Long> mine = new ArrayList<>();
            List<Long> mineCpu = new ArrayList<>();
            times.add(mine);
            cpu.add(mineCpu);
            Thread thread = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        long startCpu = bean.getCurrentThreadCpuTime();
                        engine.search(input, true);
                        mine.add(System.nanoTime() - start);
                        mineCpu.add(bean.getCurrentThreadCpuTime() - startCpu);
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        long[] all = times.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
        long[] allCpu = cpu.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
        Arrays.sort(all);
        Arrays.sort(allCpu);
        return new long[][] { all, allCpu };
    }

    private static long write(IndexStore store, SearchBenchmarkData data, int requests, int documents) throws Exception {
        long entries = 0;
        long event = 0;
        LocalDate today = LocalDate.of(2026, 11, 30);
        RequestFacts[] facts = new RequestFacts[requests + 1];
        for (int id = 1; id <= requests; id++) {
            int body = 1 + (id * 7919) % 2_000;
            String kind = KINDS[body % KINDS.length];
            RequestFacts r = new RequestFacts(id, "BriefCam : documents d'acquisition et d'usage (" + id + ")",
                    BenchmarkData.TEXT, id % 3 == 0 ? List.of("briefcam", "cnil") : List.of("briefcam"), "", body,
                    kind.charAt(0) + kind.substring(1).toLowerCase().replace('_', ' ') + " n° " + body, kind,
                    String.format("%02d", 1 + body % 95), "FR_CRPA", "ANSWERED", "admin", id % 4 == 0 ? "PUBLIC" : "PRIVATE",
                    "bench-" + id, today.minusDays(id % 730), null);
            facts[id] = r;
            entries += add(store, new Entry(EntryType.REQUEST, r, null, null, null, r.created(), null, null, null,
                    texts(SearchField.TITLE, r.title(), SearchField.LETTER, r.letter(), SearchField.BODY, r.bodyName(),
                            SearchField.TAGS, String.join(", ", r.tags()))));
            for (int k = 0; k < 10; k++) {
                event++;
                String note = event % 3 == 0 ? SearchBenchmarkData.NOTES[(int) (event % 5)] + " Réf. " + event : null;
                String caseNumber = k == 5 ? CASES[id % 10] : null;
                if (note != null || caseNumber != null) {
                    entries += add(store, new Entry(EntryType.NOTE, r, event, null, null, r.created().plusDays(k * 10L),
                            "SENT", null, null, texts(SearchField.NOTE, note, SearchField.CODES, caseNumber)));
                }
            }
        }
        for (int id = 1; id <= documents; id++) {
            RequestFacts r = facts[1 + ((id - 1) * 5) % requests];
            String[] pages = { data.page(500), data.page(500), data.page(500) };
            String content = String.join("\n", pages);
            String starts = "0," + (pages[0].length() + 1) + "," + (pages[0].length() + pages[1].length() + 2);
            String name = "reponse-" + id + ".pdf";
            entries += add(store, new Entry(EntryType.DOCUMENT, r, null, (long) id, null, today, name, "DONE", starts,
                    texts(SearchField.FILE, name, SearchField.CONTENT, content)));
        }
        store.commit(Map.of());
        store.refresh();
        return entries;
    }

    private static int add(IndexStore store, Entry entry) throws java.io.IOException {
        store.writer().addDocument(IndexFields.toDocument(entry));
        return 1;
    }

    private static Map<SearchField, String> texts(Object... fieldsAndTexts) {
        Map<SearchField, String> texts = new EnumMap<>(SearchField.class);
        for (int i = 0; i < fieldsAndTexts.length; i += 2) {
            if (fieldsAndTexts[i + 1] != null) {
                texts.put((SearchField) fieldsAndTexts[i], (String) fieldsAndTexts[i + 1]);
            }
        }
        return texts;
    }
}
