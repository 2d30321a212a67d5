package fr.vigie.request;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import fr.vigie.app.AppClock;
import io.quarkus.scheduler.Scheduled;

/**
 * Every night (and at start-up, in case the machine was off at night) the stored states that time has
 * moved (a deadline passed) are recomputed. Several instances may share one database: one claims the day.
 */
@ApplicationScoped
public class DailyRefreshJob {

    static final String JOB = "refresh-requests";
    private static final Logger LOG = Logger.getLogger(DailyRefreshJob.class);

    private final StateRefresher refresher;
    private final AppClock clock;

    DailyRefreshJob(StateRefresher refresher, AppClock clock) {
        this.refresher = refresher;
        this.clock = clock;
    }

    @Scheduled(cron = "{vigie.refresh.cron}", timeZone = "{vigie.timezone}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        runIfDue();
    }

    /**
     * At start-up and then every hour: the night's run if no instance did it (the machine was off), and the
     * states still expired after it (a batch rolled back by a lost connection) without waiting for the next night.
     */
    @Scheduled(delay = 30, delayUnit = java.util.concurrent.TimeUnit.SECONDS, every = "{vigie.refresh.catch-up}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUp() {
        if (!runIfDue() && refresher.anyExpired()) {
            log(refresher.refreshExpired());
        }
    }

    /** Runs the refresh if no instance has run it today; returns whether this call ran it. */
    public boolean runIfDue() {
        if (!refresher.claim(JOB, clock.today())) {
            return false;
        }
        log(refresher.refreshExpired());
        return true;
    }

    private static void log(StateRefresher.Outcome done) {
        LOG.infof("State refresh: %d expired states recomputed, %d changed, %d not computable, %d batches rolled back, in %d ms",
                done.examined(), done.changed(), done.failed(), done.failedBatches(), done.millis());
    }
}
