package fr.vigie.dashboard;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.app.AppClock;
import fr.vigie.app.DataVersion;

/**
 * The day and the data version figures are computed for: the key they are cached under. Figures change
 * only when the day turns or a write moves the version, so until then every reader shares one computation.
 */
public record AsOf(LocalDate today, long version) {

    /** Today's date and the current data version. */
    @ApplicationScoped
    public static class Source {

        private final AppClock clock;
        private final DataVersion version;

        Source(AppClock clock, DataVersion version) {
            this.clock = clock;
            this.version = version;
        }

        public AsOf now() {
            return new AsOf(clock.today(), version.current());
        }
    }
}
