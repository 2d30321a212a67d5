package fr.vigie.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;

import fr.vigie.ops.ApiClient;
import fr.vigie.ops.AppProcess;

/**
 * The nightly job on its heaviest night: after the first computation, the night (within the next month) on
 * which most stored states expire; then the packaged application started with its clock moved to that night
 * by libfaketime (Debian's {@code faketime} package: the same binary, a few days later), which recomputes
 * exactly those states as the nightly job does.
 */
final class NightlyRefresh {

    static final Path LIBFAKETIME = Path.of("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1");

    /** A night and how many states expire on it. */
    record Night(LocalDate day, long expiring) {
    }

    private NightlyRefresh() {
    }

    /** Within {@code days} days after {@code today}, the night on which most stored states expire. */
    static Night heaviest(Connection c, LocalDate today, int days) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state_expires_on, COUNT(*) FROM access_request"
                + " WHERE state_expires_on > ? AND state_expires_on <= ? GROUP BY state_expires_on ORDER BY 2 DESC, 1")) {
            ps.setObject(1, today);
            ps.setObject(2, today.plusDays(days));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Night(rs.getObject(1, LocalDate.class), rs.getLong(2)) : new Night(today.plusDays(1), 0);
            }
        }
    }

    /** Starts the application on {@code night} (its clock moved by libfaketime), runs the nightly refresh, stops it. */
    static JsonNode run(AppProcess app, LocalDate today, Night night) throws Exception {
        if (!Files.exists(LIBFAKETIME)) {
            throw new IllegalStateException("libfaketime is missing: apt-get install faketime");
        }
        long days = ChronoUnit.DAYS.between(today, night.day());
        app.env("LD_PRELOAD", LIBFAKETIME.toString()).env("FAKETIME", "+" + days + "d")
                // the JVM times its own waits with the monotonic clock: only the calendar moves
                .env("FAKETIME_DONT_FAKE_MONOTONIC", "1");
        // a clock moved by libfaketime slows the start-up; what is measured is the job, timed by the application
        app.start(Duration.ofMinutes(6));
        try {
            ApiClient admin = ApiClient.login(app.baseUri(), "admin", app.adminPassword()).withTimeout(Duration.ofMinutes(10));
            // a running instance has long caught up with the search journal; one just started reads it first
            long caughtUp = searchCaughtUp(admin);
            System.out.printf("Search index caught up with the journal %.1f s after start-up%n", caughtUp / 1e3);
            return admin.post("/api/v1/admin/refresh/expired", java.util.Map.of()).orThrow().json();
        } finally {
            app.stop();
        }
    }

    /** Milliseconds until this instance's search index has read the whole journal (at most ten minutes). */
    private static long searchCaughtUp(ApiClient admin) throws Exception {
        long begin = System.nanoTime();
        while (System.nanoTime() - begin < Duration.ofMinutes(10).toNanos()) {
            JsonNode status = admin.get("/api/v1/admin/search").orThrow().json();
            if (!status.get("rebuilding").asBoolean() && status.get("journalPosition").asLong() >= status.get("journalTop").asLong()) {
                break;
            }
            Thread.sleep(500);
        }
        return (System.nanoTime() - begin) / 1_000_000;
    }

    /**
     * The same night's work without libfaketime, whose interception of every clock read slows the whole JVM: the
     * states that expire on {@code night} are given today as their expiry (the application stopped: H2 is one
     * process's), then the application, started normally, runs the nightly refresh, which recomputes exactly those.
     */
    static JsonNode inStartedApplication(AppProcess app, Connection c, LocalDate today, Night night) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("UPDATE access_request SET state_expires_on = ? WHERE state_expires_on = ?")) {
            ps.setObject(1, today);
            ps.setObject(2, night.day());
            System.out.printf("States of %s given today as their expiry: %d%n", night.day(), ps.executeUpdate());
        }
        c.close();
        app.start();
        try {
            ApiClient admin = ApiClient.login(app.baseUri(), "admin", app.adminPassword()).withTimeout(Duration.ofMinutes(10));
            return admin.post("/api/v1/admin/refresh/expired", java.util.Map.of()).orThrow().json();
        } finally {
            app.stop();
        }
    }
}
