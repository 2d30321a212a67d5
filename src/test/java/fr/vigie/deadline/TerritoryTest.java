package fr.vigie.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.deadline.calendar.FrenchCalendars;
import fr.vigie.deadline.calendar.GermanCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerritoryTest {

    @ParameterizedTest(name = "\"{0}\" = {1}")
    @CsvSource(value = {
            "null, NATIONAL", "'', NATIONAL", "'  ', NATIONAL", "01, METROPOLE", "75, METROPOLE", "95, METROPOLE",
            "2a, METROPOLE", "' 2B ', METROPOLE", "57, ALSACE_MOSELLE", "67, ALSACE_MOSELLE", "68, ALSACE_MOSELLE",
            "971, GUADELOUPE", "972, MARTINIQUE", "973, GUYANE", "974, LA_REUNION", "976, MAYOTTE",
            "mf, SAINT_MARTIN", "978, SAINT_MARTIN", "BL, SAINT_BARTHELEMY", "977, SAINT_BARTHELEMY",
            "975, SAINT_PIERRE_ET_MIQUELON"}, nullValues = "null")
    void parsesCodes(String code, Territory.Area area) {
        assertThat(Territory.parse(code).area()).isEqualTo(area);
    }

    @Test
    void calendarForRegimeAndTerritory() {
        assertThat(Regime.FR_CRPA.calendarAt(Territory.parse("67"))).isSameAs(FrenchCalendars.ALSACE_MOSELLE);
        assertThat(Regime.FR_GDPR.calendarAt(Territory.parse("975"))).isSameAs(FrenchCalendars.NATIONAL);
        assertThat(Regime.DE_IFG.calendarAt(Territory.NATIONAL)).isSameAs(GermanCalendar.CALENDAR);
        assertThat(Regime.FR_CRPA.calendar()).isSameAs(FrenchCalendars.NATIONAL);
        assertThat(Regime.FR_CRPA.calendarAt(Territory.parse("67")).isWorkingDay(LocalDate.of(2025, 12, 26))).isFalse();
        assertThat(Territory.parse("67").hasLocalCalendar()).isTrue();
        assertThat(Territory.parse("75").hasLocalCalendar()).isFalse();
        assertThat(Territory.parse(" 2a ").code()).isEqualTo("2A");
        assertThat(Territory.NATIONAL.code()).isNull();
    }

    @Test
    void regimesAcceptTheirOwnEvents() {
        assertThat(Regime.FR_CRPA.accepts(EventType.CADA_REGISTERED)).isTrue();
        assertThat(Regime.FR_CRPA.accepts(EventType.EXTENSION_NOTIFIED)).isFalse();
        assertThat(Regime.FR_CRPA.acceptedEvents()).containsExactly(EventType.REQUEST_RECEIVED, EventType.TRANSFERRED,
                EventType.EXPRESS_REFUSAL, EventType.CADA_REFERRAL_SENT, EventType.CADA_REGISTERED, EventType.CADA_AVIS_RECEIVED,
                EventType.FINAL_REFUSAL, EventType.REASONS_REQUESTED, EventType.REASONS_RECEIVED, EventType.RECOURS_GRACIEUX_RECEIVED,
                EventType.RECOURS_GRACIEUX_REJECTED, EventType.LEGAL_AID_REQUESTED, EventType.LEGAL_AID_DECIDED,
                EventType.JUDGMENT_NOTIFIED);
        assertThat(Regime.FR_GDPR.acceptedEvents()).containsExactly(EventType.REQUEST_RECEIVED, EventType.EXTENSION_NOTIFIED,
                EventType.CNIL_COMPLAINT_RECEIVED, EventType.CNIL_DECISION_NOTIFIED, EventType.INDIRECT_ACCESS_REQUESTED);
        assertThat(Regime.US_FOIA.acceptedEvents()).containsExactly(EventType.REQUEST_RECEIVED, EventType.EXTENSION_NOTIFIED,
                EventType.ADVERSE_DETERMINATION, EventType.APPEAL_RECEIVED, EventType.APPEAL_DECIDED);
        assertThat(Regime.UK_FOIA.acceptedEvents()).containsExactly(EventType.REQUEST_RECEIVED, EventType.DECISION_NOTIFIED,
                EventType.INTERNAL_REVIEW_REQUESTED, EventType.INTERNAL_REVIEW_DECIDED, EventType.ICO_DECISION_NOTICE);
        assertThat(Regime.DE_IFG.acceptedEvents()).containsExactly(EventType.REQUEST_RECEIVED, EventType.DECISION_NOTIFIED,
                EventType.OBJECTION_FILED, EventType.OBJECTION_DECIDED);
        assertThat(Regime.FR_CRPA.eventsTakingRemediesStated()).containsExactly(EventType.EXPRESS_REFUSAL, EventType.FINAL_REFUSAL,
                EventType.RECOURS_GRACIEUX_REJECTED);
        assertThat(Regime.US_FOIA.eventsTakingRemediesStated()).isEmpty();
    }
}
