package fr.vigie.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place the application reads the time. Legal days are French days, so "today" is taken in
 * the configured zone (Europe/Paris by default). Tests replace this bean to fix the date.
 */
@ApplicationScoped
public class AppClock {

    private final Clock clock;

    public AppClock(@ConfigProperty(name = "vigie.timezone", defaultValue = "Europe/Paris") String zone) {
        this.clock = Clock.system(ZoneId.of(zone));
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
