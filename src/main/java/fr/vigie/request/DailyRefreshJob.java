package fr.vigie.request;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import fr.vigie.app.AppClock;
import io.quarkus.scheduler.Scheduled;

/**
 * Every night (and at start-up, in case the machine was off at night) the stored stages and overdue
 * dates catch up with the calendar. Several instances may share one database: one claims the day.
 */
@ApplicationScoped
public class DailyRefreshJob {

    static final String JOB = "refresh-requests";
    private static final Logger LOG = Logger.getLogger(DailyRefreshJob.class);

    private final RequestRefresher refresher;
    private final AppClock clock;

    DailyRefreshJob(RequestRefresher refresher, AppClock clock) {
        this.refresher = refresher;
        this.clock = clock;
    }

    @Scheduled(cron = "{vigie.refresh.cron}", timeZone = "{vigie.timezone}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        runIfDue();
    }

    @Scheduled(delay = 30, delayUnit = java.util.concurrent.TimeUnit.SECONDS, every = "{vigie.refresh.catch-up}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUp() {
        runIfDue();
    }

    /** Runs the refresh if no instance has run it today; returns whether this call ran it. */
    public boolean runIfDue() {
        if (!refresher.claim(JOB, clock.today())) {
            return false;
        }
        RequestRefresher.Outcome done = refresher.refreshAll();
        LOG.infof("Daily refresh: %d open requests examined, %d changed, %d not computable, %d batches rolled back, in %d ms",
                done.examined(), done.changed(), done.failed(), done.failedBatches(), done.millis());
        return true;
    }
}
