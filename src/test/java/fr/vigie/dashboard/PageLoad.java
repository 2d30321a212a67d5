package fr.vigie.dashboard;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Closed-loop load on one address: {@code threads} clients each send the next request as soon as the last
 * answered, for a fixed time, as a logged-in browser (session cookie) or an API client (bearer token).
 */
public final class PageLoad {

    /** What one endpoint did under load. */
    public record Result(String name, long requests, long errors, double p50Ms, double p95Ms, double perSecond) {
    }

    private final HttpClient http;
    private final URI base;
    private final String bearer;

    private PageLoad(HttpClient http, URI base, String bearer) {
        this.http = http;
        this.base = base;
        this.bearer = bearer;
    }

    /** A browser: logs in through the form, then sends its session cookie. */
    public static PageLoad browser(URI base, String username, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(base.resolve("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.discarding());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IOException("login failed: " + login.statusCode() + " " + login.headers().map());
        }
        return new PageLoad(http, base, null);
    }

    /** An API client: gets a bearer token, then sends it. */
    public static PageLoad api(URI base, String username, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String body = new ObjectMapper().writeValueAsString(Map.of("username", username, "password", password, "label", "load"));
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/tokens"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 201 && reply.statusCode() != 200) {
            throw new IOException("token refused: " + reply.statusCode() + " " + reply.body());
        }
        return new PageLoad(http, base, new ObjectMapper().readTree(reply.body()).get("token").asText());
    }

    /** Sends one request; the status, or -1 on a network error. */
    int fetch(String path) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** One request, timed: a page's first view, before anything is cached. */
    double millisOnce(String path) throws IOException, InterruptedException {
        long begin = System.nanoTime();
        int status = fetch(path);
        if (status != 200) {
            throw new IOException(path + " answered " + status);
        }
        return (System.nanoTime() - begin) / 1e6;
    }

    /** Loads {@code path} without keeping figures, so that the JIT has compiled what it runs. */
    public void warmUp(String path, int threads, int seconds) throws InterruptedException {
        loop(path, threads, seconds);
    }

    /** Measures {@code path} with {@code threads} clients for {@code seconds}. */
    public Result measure(String name, String path, int threads, int seconds) throws InterruptedException {
        return loop(path, threads, seconds).summary(name);
    }

    private Samples loop(String path, int threads, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Samples samples = new Samples(threads, seconds);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int slot = t;
            Thread worker = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long begin = System.nanoTime();
                        int status = fetch(path);
                        samples.add(slot, System.nanoTime() - begin, status == 200);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        samples.seconds = seconds;
        return samples;
    }

    /** Latencies per client thread (no shared lock on the hot path). */
    private static final class Samples {
        private final long[][] nanos;
        private final int[] counts;
        private final AtomicLong errors = new AtomicLong();
        private int seconds;

        Samples(int threads, int seconds) {
            nanos = new long[threads][Math.max(1024, seconds * 4000)];
            counts = new int[threads];
        }

        void add(int slot, long latency, boolean ok) {
            if (!ok) {
                errors.incrementAndGet();
            }
            if (counts[slot] == nanos[slot].length) {
                nanos[slot] = Arrays.copyOf(nanos[slot], nanos[slot].length * 2);
            }
            nanos[slot][counts[slot]++] = latency;
        }

        Result summary(String name) {
            long[] all = new long[Arrays.stream(counts).sum()];
            int at = 0;
            for (int t = 0; t < counts.length; t++) {
                System.arraycopy(nanos[t], 0, all, at, counts[t]);
                at += counts[t];
            }
            Arrays.sort(all);
            return new Result(name, all.length, errors.get(), percentile(all, 50), percentile(all, 95),
                    all.length / (double) seconds);
        }

        private static double percentile(long[] sorted, int p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }
    }
}
