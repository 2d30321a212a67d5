package fr.vigie.ops;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application (target/quarkus-app/quarkus-run.jar) run as a child process, as in production:
 * its own JVM, options, database and port, output appended to a log file. Used by the operations harnesses
 * (crash test, soak test, backup round trip) and benchmarks, which must see the real start-up, shutdown
 * and kill behaviour, not the in-process test application.
 *
 * <pre>
 * AppProcess app = AppProcess.h2(Path.of("target/ops/h2")).port(18080).jvm("-Xmx512m").start();
 * ApiClient admin = ApiClient.login(app.baseUri(), "admin", app.adminPassword());
 * app.kill();      // SIGKILL
 * app.start();     // same database, same port
 * app.stop();      // SIGTERM, graceful
 * </pre>
 */
public final class AppProcess implements AutoCloseable {

    /** The packaged application; -Dvigie.jar=... names another copy (say, the PostgreSQL build kept aside). */
    public static final Path DEFAULT_JAR = Path.of(System.getProperty("vigie.jar", "target/quarkus-app/quarkus-run.jar"));
    public static final String ADMIN_PASSWORD = "ops-admin-password";
    // SIGKILL is signal 9; a JVM killed by it ends with 128 + 9
    private static final int EXIT_SIGKILL = 137;
    private static final Pattern HEAP_USED = Pattern.compile(
            "^jvm_memory_used_bytes\\{(?=[^}]*area=\"heap\")[^}]*\\}\\s+(\\S+)", Pattern.MULTILINE);

    private final Path workDir;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path jar = DEFAULT_JAR.toAbsolutePath();
    private Path log;
    private int port = 18080;
    private Process process;

    private AppProcess(Path workDir) {
        this.workDir = workDir.toAbsolutePath();
        this.log = this.workDir.resolve("app.log");
        env.put("VIGIE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // a fixed key, so that sessions (and the CSRF cookie's session) survive a restart like in production
        env.put("VIGIE_SESSION_KEY", "ops-harness-session-key-0123456789abcdef");
        // the harness reads heap figures from /q/metrics without logging in, as a scraper on a private network would
        env.put("QUARKUS_HTTP_AUTH_PERMISSION_MANAGEMENT_POLICY", "permit");
    }

    /**
     * The H2 build on an H2 file database: the process runs in {@code workDir}, so the application's default
     * URL (./data/vigie, with the durability settings of application.properties) is the one exercised.
     */
    public static AppProcess h2(Path workDir) {
        return new AppProcess(workDir);
    }

    /** The PostgreSQL build (packaged with -Dquarkus.profile=pg) on the given database. */
    public static AppProcess pg(Path workDir, String jdbcUrl, String user, String password) {
        AppProcess app = new AppProcess(workDir);
        app.jvmOptions.add("-Dquarkus.profile=pg");
        app.env.put("VIGIE_DB_URL", jdbcUrl);
        app.env.put("VIGIE_DB_USER", user);
        app.env.put("VIGIE_DB_PASSWORD", password);
        return app;
    }

    public AppProcess jar(Path jar) {
        this.jar = jar.toAbsolutePath();
        return this;
    }

    public AppProcess port(int port) {
        this.port = port;
        return this;
    }

    /** JVM options such as -Xmx512m, added before -jar. */
    public AppProcess jvm(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    public AppProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public AppProcess log(Path log) {
        this.log = log.toAbsolutePath();
        return this;
    }

    public Path jar() {
        return jar;
    }

    public Path workDir() {
        return workDir;
    }

    public Path logFile() {
        return log;
    }

    public String adminPassword() {
        return env.get("VIGIE_ADMIN_PASSWORD");
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public long pid() {
        requireRunning();
        return process.pid();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the JVM and waits until /q/health says UP; returns the time that took. */
    public Duration start() throws IOException, InterruptedException {
        return start(Duration.ofSeconds(120));
    }

    public Duration start(Duration timeout) throws IOException, InterruptedException {
        if (isRunning()) {
            throw new IllegalStateException("already running, pid " + process.pid());
        }
        requirePortFree();
        Files.createDirectories(workDir);
        Files.createDirectories(log.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("VIGIE_PORT", Integer.toString(port));
        long begin = System.nanoTime();
        process = builder.start();
        Process started = process;
        // the harness may end by an exception or Ctrl-C: never leave the application running behind it
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        waitUntilUp(timeout);
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /**
     * Another application on the port would answer the health check in place of this one, and the harness would then
     * drive (and write into) someone else's application: refuse to start instead.
     */
    private void requirePortFree() throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress("0.0.0.0", port));
        } catch (BindException e) {
            throw new IOException("port " + port + " is already in use by another process; choose another (port=...)", e);
        }
    }

    private void waitUntilUp(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the application exited with " + process.exitValue() + " while starting; see " + log);
            }
            if (healthUp()) {
                return;
            }
            Thread.sleep(100);
        }
        process.destroyForcibly().waitFor();
        throw new IOException("the application was not UP within " + timeout + "; see " + log);
    }

    private boolean healthUp() throws InterruptedException {
        try {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(baseUri().resolve("/q/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return reply.statusCode() == 200 && reply.body().contains("\"UP\"");
        } catch (IOException notYetListening) {
            return false;
        }
    }

    /**
     * SIGKILL, as a power cut of the JVM: no shutdown hook, no flush. Process.destroyForcibly sends SIGKILL on
     * Linux; the exit status is checked so that a JVM that ended any other way is reported, not assumed killed.
     */
    public void kill() throws InterruptedException {
        requireRunning();
        int status = process.destroyForcibly().waitFor();
        if (status != EXIT_SIGKILL) {
            throw new IllegalStateException("expected exit status 137 (SIGKILL), got " + status);
        }
    }

    /** SIGTERM: Quarkus shuts down gracefully (ends requests, closes the database). Returns the exit status. */
    public int stop() throws InterruptedException {
        requireRunning();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("no graceful stop within 60 s; killed");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (isRunning()) {
            stop();
        }
    }

    /** Heap in use now (all heap pools), from the Prometheus metrics. */
    public long heapUsedBytes() throws IOException, InterruptedException {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(baseUri().resolve("/q/metrics"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = HEAP_USED.matcher(reply.body());
        double sum = 0;
        boolean found = false;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
            found = true;
        }
        if (!found) {
            throw new IOException("no jvm_memory_used_bytes{area=\"heap\"} in /q/metrics");
        }
        return (long) sum;
    }

    /**
     * Heap still in use after a full collection (jcmd GC.run, then the metrics): what a leak makes grow,
     * without the sawtooth of garbage waiting to be collected.
     */
    public long heapAfterGcBytes() throws IOException, InterruptedException {
        jcmd("GC.run");
        return heapUsedBytes();
    }

    /** Resident memory of the JVM process (VmRSS of /proc/PID/status), Linux only. */
    public long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return 1024 * Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS in /proc/" + pid() + "/status");
    }

    /** Runs a jcmd command against the application's JVM (GC.heap_info, GC.class_histogram...) and returns its output. */
    public String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private void requireRunning() {
        if (!isRunning()) {
            throw new IllegalStateException("the application is not running");
        }
    }
}
