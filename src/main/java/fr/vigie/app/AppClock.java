package fr.vigie.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one place the application reads the time. Legal days are French days, so "today" is taken in
 * the configured zone ({@code vigie.timezone}, Europe/Paris by default). Tests replace this bean to fix the date.
 */
@ApplicationScoped
public class AppClock {

    private final Clock clock;

    @Inject
    public AppClock(VigieConfig config) {
        this(config.timezone());
    }

    protected AppClock(ZoneId zone) {
        this.clock = Clock.system(zone);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The zone legal days and shown times are in. */
    public ZoneId zone() {
        return clock.getZone();
    }
}
