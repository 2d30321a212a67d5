package fr.vigie.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import fr.vigie.app.AppClock;
import io.quarkus.test.junit.QuarkusMock;

/** A clock the test sets by hand: "time passes" in scenario tests without waiting. */
public class FixedClock extends AppClock {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private LocalDate today;

    public FixedClock(LocalDate today) {
        super(PARIS);
        this.today = today;
    }

    /** Replaces the application's clock for the current test. */
    public static FixedClock install(String isoDate) {
        FixedClock clock = new FixedClock(LocalDate.parse(isoDate));
        QuarkusMock.installMockForType(clock, AppClock.class);
        return clock;
    }

    public void set(String isoDate) {
        today = LocalDate.parse(isoDate);
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public Instant now() {
        return today.atTime(12, 0).atZone(PARIS).toInstant();
    }
}
