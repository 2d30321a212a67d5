package fr.vigie.ops;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Backup and restore, end to end, with the commands of the README: the application on a fresh database receives
 * requests, events and documents through the API; its checksums are read; it is backed up (H2: POST
 * /api/v1/admin/backup; PostgreSQL: pg_dump -Fc) and stopped; the backup is restored into an empty database (H2:
 * org.h2.tools.Restore; PostgreSQL: pg_restore); the application starts on it and its checksums must be identical
 * and every document must match its SHA-256. Exit status 1 otherwise.
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=fr.vigie.ops.BackupRoundTrip -Dexec.args="db=h2"
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=fr.vigie.ops.BackupRoundTrip -Dexec.args="db=pg \
 *     url=jdbc:postgresql://127.0.0.1:5432/vigie_rt_source restoreUrl=jdbc:postgresql://127.0.0.1:5432/vigie_rt_restored"
 * </pre>
 * Both PostgreSQL databases must exist and be empty. Other arguments: cases= (40 requests, each with 4 events and a
 * document), documentKb= (512, largest document), port= (18720; the restored application uses the next one), jvm=.
 */
public final class BackupRoundTrip {

    private static final String NO_SCHEDULER = "-Dquarkus.scheduler.enabled=false";

    private BackupRoundTrip() {
    }

    public static void main(String[] argv) throws Exception {
        RunTarget target = RunTarget.of(argv);
        int cases = Integer.parseInt(target.get("cases", "40"));
        int documentBytes = 1024 * Integer.parseInt(target.get("documentKb", "512"));
        int port = target.port(18720);
        // the daily refresh job would write daily_job (and maybe stages) on its own, between the two readings
        AppProcess source = target.freshApp("roundtrip-source", "url", port).jvm(NO_SCHEDULER);
        System.out.printf("Backup round trip on %s: %d requests with 4 events and a document (up to %d KB) each%n",
                target.db(), cases, documentBytes / 1024);
        System.out.printf("source started in %d ms%n", source.start().toMillis());
        ApiClient writer = ApiClient.login(source.baseUri(), "admin", source.adminPassword());
        Workload workload = Workload.prepare(writer);
        Ledger ledger = new Ledger();
        for (int i = 0; i < cases; i++) {
            workload.writeCase(ledger, documentBytes);
        }
        long documentBytesWritten = ledger.documents().values().stream().mapToLong(Ledger.Document::size).sum();
        System.out.printf("written: %d acknowledged writes, %d documents (%.1f MB), %d error replies%n",
                ledger.acknowledged(), ledger.documents().size(), documentBytesWritten / 1048576.0, ledger.refused());

        JsonNode before = checksums(source);
        Path backup = source.workDir().resolve(target.h2() ? "vigie-backup.zip" : "vigie.dump");
        long start = System.nanoTime();
        if (target.h2()) {
            ApiClient admin = ApiClient.session(source.baseUri(), "admin", source.adminPassword());
            Files.write(backup, admin.post("/api/v1/admin/backup", Map.of()).orThrow().body());
        } else {
            String url = target.get("url", null);
            run(concat(List.of("pg_dump", "-Fc"), connection(url), List.of("-f", backup.toString(), database(url))));
        }
        System.out.printf("backup (application running): %d ms, %.2f MB%n", millisSince(start), Files.size(backup) / 1048576.0);
        source.stop();
        System.out.printf("database size: %.2f MB%n", (target.h2() ? size(source.workDir().resolve("data"))
                : pgDatabaseSize(target.get("url", null))) / 1048576.0);

        AppProcess restored = target.freshApp("roundtrip-restored", "restoreUrl", port + 1).jvm(NO_SCHEDULER);
        start = System.nanoTime();
        if (target.h2()) {
            Path h2Jar = h2Jar(restored.jar());
            run(List.of(javaBin(), "-cp", h2Jar.toString(), "org.h2.tools.Restore", "-file", backup.toString(), "-dir",
                    restored.workDir().resolve("data").toString(), "-db", "vigie"));
        } else {
            String url = target.get("restoreUrl", null);
            run(concat(List.of("pg_restore"), connection(url), List.of("--no-owner", "--exit-on-error", "-d", database(url),
                    backup.toString())));
        }
        System.out.printf("restore into an empty database: %d ms%n", millisSince(start));
        System.out.printf("restored application started in %d ms%n", restored.start().toMillis());
        JsonNode after = checksums(restored);
        restored.stop();

        boolean same = before.get("tables").equals(after.get("tables"));
        boolean documentsIntact = after.get("documentProblems").isEmpty() && before.get("documentProblems").isEmpty();
        System.out.printf("tables %d, rows %d, documents checked %d: checksums %s, documents %s%n", after.get("tables").size(),
                rows(after), after.get("documentsChecked").asLong(), same ? "identical" : "DIFFERENT",
                documentsIntact ? "all match their SHA-256" : "PROBLEMS " + after.get("documentProblems"));
        if (!same) {
            System.out.println("before: " + before.get("tables") + "\nafter:  " + after.get("tables"));
        }
        boolean pass = same && documentsIntact && ledger.refused() == 0;
        System.out.println(pass ? "PASS" : "FAIL");
        System.exit(pass ? 0 : 1);
    }

    /**
     * Read through a login session: a token would record its use in api_token, and that table's checksum would then
     * differ between the two readings for a reason that has nothing to do with the backup.
     */
    private static JsonNode checksums(AppProcess app) throws IOException, InterruptedException {
        long start = System.nanoTime();
        JsonNode checksums = ApiClient.session(app.baseUri(), "admin", app.adminPassword())
                .get("/api/v1/admin/checksums").orThrow().json();
        System.out.printf("checksums read in %d ms%n", millisSince(start));
        return checksums;
    }

    private static long rows(JsonNode checksums) {
        long rows = 0;
        for (JsonNode table : checksums.get("tables")) {
            rows += table.get("rows").asLong();
        }
        return rows;
    }

    /** Runs a command, printed first; the PostgreSQL password, if any, goes in PGPASSWORD. */
    private static void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("PGPASSWORD", System.getenv().getOrDefault("VIGIE_DB_PASSWORD", "vigie"));
        System.out.println("$ " + String.join(" ", command));
        int status = builder.start().waitFor();
        if (status != 0) {
            throw new IOException(command.get(0) + " failed with status " + status);
        }
    }

    /** pg_dump's and pg_restore's connection options for a JDBC URL jdbc:postgresql://host:port/database. */
    private static List<String> connection(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return List.of("-h", uri.getHost(), "-p", Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U",
                System.getenv().getOrDefault("VIGIE_DB_USER", "vigie"));
    }

    private static String database(String jdbcUrl) {
        return URI.create(jdbcUrl.substring("jdbc:".length())).getPath().substring(1);
    }

    private static long pgDatabaseSize(String jdbcUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, System.getenv().getOrDefault("VIGIE_DB_USER", "vigie"),
                System.getenv().getOrDefault("VIGIE_DB_PASSWORD", "vigie"));
                ResultSet rs = c.createStatement().executeQuery("SELECT pg_database_size(current_database())")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }

    private static Path h2Jar(Path appJar) throws IOException {
        try (Stream<Path> jars = Files.list(appJar.getParent().resolve("lib/main"))) {
            return jars.filter(p -> p.getFileName().toString().startsWith("com.h2database.h2-")).findFirst()
                    .orElseThrow(() -> new IOException("no H2 jar beside " + appJar));
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static long millisSince(long nanoStart) {
        return Duration.ofNanos(System.nanoTime() - nanoStart).toMillis();
    }
}
