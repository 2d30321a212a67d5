package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 18, item 24: what the error log writes of a path keeps no secret. */
class LoggablePathTest {

    @Test
    void item24_feedSecretsAreKeptOutOfTheLog() {
        String secret = "Qm9uam91ci1sZXMtc2VjcmV0cy1kdS1mbHV4LTEyMzQ1";
        assertThat(ErrorMappers.loggablePath("/feeds/" + secret + "/events.atom")).isEqualTo("/feeds/[secret]/events.atom")
                .doesNotContain(secret);
        assertThat(ErrorMappers.loggablePath("/feeds/short/calendar.ics")).doesNotContain("short");
        assertThat(ErrorMappers.loggablePath("/p/" + secret)).doesNotContain(secret);
        assertThat(ErrorMappers.loggablePath("/requests/12/events")).isEqualTo("/requests/12/events");
    }
}
