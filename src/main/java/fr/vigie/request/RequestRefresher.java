package fr.vigie.request;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import fr.vigie.deadline.InvalidProcedureException;
import fr.vigie.request.procedure.StateResolver;
import fr.vigie.request.procedure.Timeline;
import fr.vigie.web.AppClock;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Recomputes the stored state of every unsettled request as days pass (a silence becomes a refusal,
 * a deadline becomes overdue). Idempotent: running it twice on a day changes nothing the second time.
 * Works in batches, each in its own transaction, so memory stays flat whatever the number of requests,
 * and writes only the requests whose state moved.
 */
@ApplicationScoped
public class RequestRefresher {

    static final int BATCH = 2000;
    private static final Logger LOG = Logger.getLogger(RequestRefresher.class);

    /** What a refresh did: requests looked at, requests whose stored state changed, and how long it took. */
    public record Outcome(int examined, int changed, int failed, long millis) {
    }

    private final AppClock clock;
    private final DataSource dataSource;
    private final EntityManager em;

    RequestRefresher(AppClock clock, DataSource dataSource, EntityManager em) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.em = em;
    }

    /** Refreshes all unsettled requests as of today. */
    public Outcome refreshAll() {
        LocalDate today = clock.today();
        long start = System.nanoTime();
        long after = 0;
        int examined = 0;
        int changed = 0;
        int failed = 0;
        while (true) {
            long from = after;
            BatchResult done = QuarkusTransaction.requiringNew().call(() -> batch(from, today));
            if (done.examined() == 0) {
                return new Outcome(examined, changed, failed, (System.nanoTime() - start) / 1_000_000);
            }
            examined += done.examined();
            changed += done.changed();
            failed += done.failed();
            after = done.lastId();
        }
    }

    private record BatchResult(int examined, int changed, int failed, long lastId) {
    }

    private BatchResult batch(long after, LocalDate today) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<RefreshBatch.Candidate> candidates = RefreshBatch.read(c, after, BATCH);
            if (candidates.isEmpty()) {
                return new BatchResult(0, 0, 0, after);
            }
            Map<RefreshBatch.Candidate, StoredState> changes = new LinkedHashMap<>();
            int failed = 0;
            for (RefreshBatch.Candidate candidate : candidates) {
                try {
                    StoredState now = StoredState.of(StateResolver.resolve(candidate.regime(), candidate.territory(),
                            candidate.channel(), new Timeline(candidate.timeline()), today));
                    if (!now.equals(candidate.stored())) {
                        changes.put(candidate, now);
                    }
                } catch (InvalidProcedureException e) {
                    // a timeline recorded before a rule existed: leave its state as it was, and say so
                    failed++;
                    LOG.warnf("Request %d not refreshed: %s", candidate.id(), e.getMessage());
                }
            }
            int written = changes.isEmpty() ? 0 : RefreshBatch.write(c, changes);
            return new BatchResult(candidates.size(), written, failed, candidates.get(candidates.size() - 1).id());
        }
    }

    /** Claims today's run of a daily job for this instance; false when another instance already has it. */
    public boolean claim(String job, LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "UPDATE daily_job SET last_run = ?1 WHERE name = ?2 AND last_run < ?1")
                .setParameter(1, today).setParameter(2, job).executeUpdate() == 1);
    }
}
