package fr.vigie.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * Issue 11, must show 6, between two real servers: two packaged applications (the PostgreSQL build) in separate
 * processes on one empty database. Five wrong passwords for admin on the first; then the right password on the
 * second must be refused (the account waits), and accepted after the one-second wait. Exit status 1 otherwise.
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests -Dquarkus.profile=pg
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=fr.vigie.ops.SharedThrottleCheck \
 *     -Dexec.args="db=pg url=jdbc:postgresql://127.0.0.1:5432/vigie_throttle"   (an empty database)
 * </pre>
 * The suite's own check (one test application plus a second throttle with its own connections):
 * {@code SharedLoginThrottleTest}, run with {@code -Dquarkus.test.profile=test,pg}.
 */
public final class SharedThrottleCheck {

    private SharedThrottleCheck() {
    }

    public static void main(String[] argv) throws Exception {
        RunTarget target = RunTarget.of(argv);
        if (target.h2()) {
            throw new IllegalArgumentException("two servers share a PostgreSQL database: db=pg url=...");
        }
        AppProcess first = target.freshApp("throttle-1", "url", target.port(18710));
        first.start();
        // the second server on the same database (no second emptiness check: the first one has migrated it)
        AppProcess second = AppProcess.pg(Path.of("target", "ops", "throttle-2-pg"), target.get("url", null),
                System.getenv().getOrDefault("VIGIE_DB_USER", "vigie"), System.getenv().getOrDefault("VIGIE_DB_PASSWORD", "vigie"))
                .port(target.port(18710) + 1).jvm(target.get("jvm", "-Xmx512m").split(" "));
        second.start();
        boolean pass;
        try {
            for (int i = 0; i < 5; i++) {
                expect(first.baseUri(), "wrong-password-" + i, 401);
            }
            boolean refused = status(second.baseUri(), first.adminPassword()) == 401;
            Thread.sleep(1_100);
            boolean acceptedAfterWait = status(second.baseUri(), first.adminPassword()) == 201;
            System.out.printf("5 failures on %s; right password on %s: %s at once, %s after the wait%n", first.baseUri(),
                    second.baseUri(), refused ? "refused" : "ACCEPTED", acceptedAfterWait ? "accepted" : "REFUSED");
            pass = refused && acceptedAfterWait;
        } finally {
            second.stop();
            first.stop();
        }
        System.out.println(pass ? "PASS" : "FAIL");
        System.exit(pass ? 0 : 1);
    }

    private static void expect(URI base, String password, int status) throws IOException, InterruptedException {
        int got = status(base, password);
        if (got != status) {
            throw new IllegalStateException("expected " + status + ", got " + got);
        }
    }

    private static int status(URI base, String password) throws IOException, InterruptedException {
        String body = "{\"username\":\"admin\",\"password\":\"" + password + "\"}";
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/tokens"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return reply.statusCode();
    }
}
