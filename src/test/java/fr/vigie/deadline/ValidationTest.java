package fr.vigie.deadline;

import static fr.vigie.deadline.Procedures.compute;
import static fr.vigie.deadline.Procedures.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.vigie.deadline.period.SuspensionWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every input error names its field, with a reason in French and English. */
class ValidationTest {

    private static InvalidProcedureException error(ProcedureInput input) {
        InvalidProcedureException error = catchThrowableOfType(InvalidProcedureException.class, () -> compute(input));
        assertThat(error).as("an InvalidProcedureException").isNotNull();
        assertThat(error.reasonFr()).isNotBlank();
        assertThat(error.reasonEn()).isNotBlank();
        assertThat(error.getMessage()).startsWith(error.field() + ": ");
        assertThat(error.reason(Locale.FRENCH)).isEqualTo(error.reasonFr());
        assertThat(error.reason(Locale.ENGLISH)).isEqualTo(error.reasonEn());
        return error;
    }

    @Test
    void regimeIsRequired() {
        assertThat(error(ProcedureInput.of(null, null, List.of())).field()).isEqualTo("regime");
    }

    @Test
    void eventsAreRequired() {
        assertThat(error(ProcedureInput.of(Regime.FR_CRPA, null, null)).field()).isEqualTo("events");
    }

    @Test
    void emptyEventTypeOrDate() {
        List<ProcedureEvent> events = new ArrayList<>(events("REQUEST_RECEIVED=2025-03-03"));
        events.add(null);
        assertThat(error(ProcedureInput.of(Regime.FR_CRPA, null, events)).field()).isEqualTo("events[1]");
        assertThat(error(ProcedureInput.of(Regime.FR_CRPA, null, List.of(new ProcedureEvent(null, LocalDate.of(2025, 3, 3)))))
                .field()).isEqualTo("events[0].type");
        assertThat(error(ProcedureInput.of(Regime.FR_CRPA, null, List.of(new ProcedureEvent(EventType.REQUEST_RECEIVED, null)))).field())
                .isEqualTo("events[0].date");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            FR_CRPA | REQUEST_RECEIVED=2025-03-03;APPEAL_RECEIVED=2025-04-01   | events[1].type
            UK_FOIA | CADA_REGISTERED=2025-03-03                               | events[0].type
            DE_IFG  | REQUEST_RECEIVED=2025-03-03;EXTENSION_NOTIFIED=2025-03-04 | events[1].type
            FR_GDPR | DECISION_NOTIFIED=2025-03-03                             | events[0].type
            US_FOIA | INTERNAL_REVIEW_REQUESTED=2025-03-03                     | events[0].type
            """)
    void eventTypeNotAcceptedByTheRegime(Regime regime, String events, String field) {
        assertThat(error(ProcedureInput.of(regime, null, events(events))).field()).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1899-12-31, events[0].date", "2201-01-01, events[0].date"})
    void yearOutsideTheSupportedRange(LocalDate date, String field) {
        assertThat(error(Procedures.input(Regime.FR_CRPA, "REQUEST_RECEIVED=" + date)).field()).isEqualTo(field);
    }

    /** Each regime's first day (the law's, LawInForce) and the last supported day are accepted. */
    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({"FR_CRPA, 1978-07-17", "FR_GDPR, 2018-05-25", "US_FOIA, 1975-02-19", "UK_FOIA, 2005-01-01", "DE_IFG, 2006-01-01"})
    void firstAndLastSupportedDaysAreAccepted(Regime regime, LocalDate first) {
        assertThat(compute(regime, "REQUEST_RECEIVED=" + first)).isNotEmpty();
        assertThat(compute(regime, "REQUEST_RECEIVED=2200-12-31")).isNotEmpty();
    }

    @Test
    void sameEventTypeTwice() {
        assertThat(error(Procedures.input(Regime.FR_CRPA, "REQUEST_RECEIVED=2025-03-03;REQUEST_RECEIVED=2025-03-04")).field())
                .isEqualTo("events[1].type");
    }

    /** An event dated before one the procedure puts earlier; the later event's date is at fault. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            FR_CRPA | REQUEST_RECEIVED=2024-02-01;CADA_REGISTERED=2024-01-05           | events[1].date
            FR_CRPA | CADA_REGISTERED=2024-01-05;REQUEST_RECEIVED=2024-02-01           | events[0].date
            FR_CRPA | CADA_REGISTERED=2024-02-01;CADA_AVIS_RECEIVED=2024-01-31         | events[1].date
            FR_CRPA | CADA_AVIS_RECEIVED=2024-02-01;FINAL_REFUSAL=2024-01-31           | events[1].date
            FR_CRPA | CADA_REGISTERED=2024-02-01;FINAL_REFUSAL=2024-01-31              | events[1].date
            FR_CRPA | REQUEST_RECEIVED=2024-02-01;FINAL_REFUSAL=2024-01-31             | events[1].date
            FR_CRPA | REQUEST_RECEIVED=2024-02-01;EXPRESS_REFUSAL=2024-01-31           | events[1].date
            FR_CRPA | REASONS_REQUESTED=2024-02-01;REASONS_RECEIVED=2024-01-31         | events[1].date
            FR_CRPA | REQUEST_RECEIVED=2024-02-01;REASONS_REQUESTED=2024-01-31         | events[1].date
            FR_GDPR | REQUEST_RECEIVED=2024-02-01;EXTENSION_NOTIFIED=2024-01-31        | events[1].date
            US_FOIA | ADVERSE_DETERMINATION=2024-02-01;APPEAL_RECEIVED=2024-01-31      | events[1].date
            US_FOIA | REQUEST_RECEIVED=2024-02-01;ADVERSE_DETERMINATION=2024-01-31     | events[1].date
            US_FOIA | REQUEST_RECEIVED=2024-02-01;APPEAL_RECEIVED=2024-01-31           | events[1].date
            UK_FOIA | REQUEST_RECEIVED=2024-02-01;INTERNAL_REVIEW_REQUESTED=2024-01-31 | events[1].date
            DE_IFG  | REQUEST_RECEIVED=2024-02-01;DECISION_NOTIFIED=2024-01-31         | events[1].date
            FR_CRPA | REQUEST_RECEIVED=2024-02-01;TRANSFERRED=2024-01-31               | events[1].date
            FR_CRPA | CADA_REFERRAL_SENT=2024-02-01;CADA_REGISTERED=2024-01-31         | events[1].date
            FR_CRPA | CADA_REFERRAL_SENT=2024-02-01;FINAL_REFUSAL=2024-01-31           | events[1].date
            FR_CRPA | RECOURS_GRACIEUX_RECEIVED=2024-02-01;RECOURS_GRACIEUX_REJECTED=2024-01-31 | events[1].date
            FR_CRPA | LEGAL_AID_REQUESTED=2024-02-01;LEGAL_AID_DECIDED=2024-01-31     | events[1].date
            FR_CRPA | CADA_REGISTERED=2024-02-01;JUDGMENT_NOTIFIED=2024-01-31          | events[1].date
            FR_GDPR | CNIL_COMPLAINT_RECEIVED=2024-02-01;CNIL_DECISION_NOTIFIED=2024-01-31 | events[1].date
            FR_GDPR | REQUEST_RECEIVED=2024-02-01;CNIL_COMPLAINT_RECEIVED=2024-01-31  | events[1].date
            US_FOIA | APPEAL_RECEIVED=2024-02-01;APPEAL_DECIDED=2024-01-31            | events[1].date
            UK_FOIA | INTERNAL_REVIEW_REQUESTED=2024-02-01;INTERNAL_REVIEW_DECIDED=2024-01-31 | events[1].date
            UK_FOIA | REQUEST_RECEIVED=2024-02-01;ICO_DECISION_NOTICE=2024-01-31      | events[1].date
            DE_IFG  | DECISION_NOTIFIED=2024-02-01;OBJECTION_FILED=2024-01-31         | events[1].date
            DE_IFG  | OBJECTION_FILED=2024-02-01;OBJECTION_DECIDED=2024-01-31         | events[1].date
            """)
    void dateOrderThatContradictsTheProcedure(Regime regime, String events, String field) {
        InvalidProcedureException error = error(ProcedureInput.of(regime, null, events(events)));

        assertThat(error.field()).isEqualTo(field);
        assertThat(error.reasonEn()).contains("cannot come before");
    }

    @Test
    void sameDayAndAnExpressRefusalAfterTheReferralAreAccepted() {
        assertThat(compute(Regime.FR_CRPA, "REQUEST_RECEIVED=2024-02-01;EXPRESS_REFUSAL=2024-02-01;CADA_REGISTERED=2024-02-01;"
                + "CADA_AVIS_RECEIVED=2024-02-01;FINAL_REFUSAL=2024-02-01")).hasSize(6);
        assertThat(compute(Regime.FR_CRPA, "REQUEST_RECEIVED=2024-02-01;CADA_REGISTERED=2024-04-10;EXPRESS_REFUSAL=2024-04-20"))
                .isNotEmpty();
    }

    @ParameterizedTest(name = "territory \"{0}\"")
    @CsvSource({"20", "00", "96", "99", "975X", "986", "988", "A2", "'2A 2B'"})
    void unknownTerritory(String code) {
        assertThat(error(ProcedureInput.of(Regime.FR_CRPA, code, events("REQUEST_RECEIVED=2025-03-03"))).field())
                .isEqualTo("territory");
    }

    /** remediesStated only exists for a decision that must state the remedies (R421-5 CJA; VwGO §58). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            FR_CRPA | REQUEST_RECEIVED=2025-03-03;CADA_REGISTERED=2025-05-05!  | events[1].remediesStated
            FR_GDPR | REQUEST_RECEIVED=2025-03-03!                             | events[0].remediesStated
            US_FOIA | REQUEST_RECEIVED=2025-03-03;ADVERSE_DETERMINATION=2025-03-20! | events[1].remediesStated
            UK_FOIA | REQUEST_RECEIVED=2025-03-03;DECISION_NOTIFIED=2025-03-20!  | events[1].remediesStated
            """)
    void remediesStatedOnAnEventThatIsNoSuchDecision(Regime regime, String events, String field) {
        assertThat(error(ProcedureInput.of(regime, null, events(events))).field()).isEqualTo(field);
    }

    @Test
    void remediesStatedTrueIsAcceptedOnADecisionAndRefusedElsewhere() {
        List<ProcedureEvent> stated = List.of(new ProcedureEvent(EventType.REQUEST_RECEIVED, LocalDate.of(2025, 3, 3)),
                new ProcedureEvent(EventType.EXPRESS_REFUSAL, LocalDate.of(2025, 3, 20), Boolean.TRUE));
        assertThat(compute(ProcedureInput.of(Regime.FR_CRPA, null, stated))).isNotEmpty();
        List<ProcedureEvent> onReceipt = List.of(new ProcedureEvent(EventType.REQUEST_RECEIVED, LocalDate.of(2025, 3, 3), Boolean.TRUE));
        assertThat(error(ProcedureInput.of(Regime.FR_CRPA, null, onReceipt)).field()).isEqualTo("events[0].remediesStated");
    }

    /** The residence only matters for the French distance periods (CJA R421-7). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"US_FOIA, ABROAD", "UK_FOIA, OVERSEAS", "DE_IFG, ABROAD"})
    void residenceOutsideTheFrenchRegimes(Regime regime, Residence residence) {
        assertThat(error(ProcedureInput.of(regime, null, events("REQUEST_RECEIVED=2025-03-03")).withRequesterResidence(residence))
                .field()).isEqualTo("requesterResidence");
        assertThat(compute(ProcedureInput.of(regime, null, events("REQUEST_RECEIVED=2025-03-03"))
                .withRequesterResidence(Residence.METROPOLE))).isNotEmpty();
    }

    @Test
    void residenceNames() {
        assertThat(Residence.parse(" abroad ", "requesterResidence")).isEqualTo(Residence.ABROAD);
        assertThat(Residence.parse("", "requesterResidence")).isEqualTo(Residence.METROPOLE);
        assertThatThrownBy(() -> Residence.parse("MARS", "requesterResidence")).isInstanceOfSatisfying(InvalidProcedureException.class,
                error -> assertThat(error.field()).isEqualTo("requesterResidence"));
    }

    /** Länder by ISO 3166-2 code under DE_IFG only; French codes never there. */
    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource({"DE_IFG, DE-XX", "DE_IFG, 67", "DE_IFG, NW", "FR_CRPA, DE-NW", "US_FOIA, DE-BY", "FR_GDPR, DE-BE"})
    void unknownLandOrLandElsewhere(Regime regime, String code) {
        assertThat(error(ProcedureInput.of(regime, code, events("REQUEST_RECEIVED=2025-03-03"))).field()).isEqualTo("territory");
    }

    @Test
    void landCodesAreNormalised() {
        assertThat(Regime.DE_IFG.normalizedTerritory(" de-nw ")).isEqualTo("DE-NW");
        assertThat(Regime.DE_IFG.normalizedTerritory("")).isNull();
        assertThat(Regime.FR_CRPA.normalizedTerritory(" 2a ")).isEqualTo("2A");
        assertThat(compute(ProcedureInput.of(Regime.DE_IFG, "de-by", events("REQUEST_RECEIVED=2025-03-03")))).isNotEmpty();
    }

    @Test
    void frenchTerritoryUnderAForeignRegime() {
        assertThat(error(ProcedureInput.of(Regime.US_FOIA, "67", events("REQUEST_RECEIVED=2025-03-03"))).field())
                .isEqualTo("territory");
    }

    @Test
    void suspensionWindows() {
        ProcedureInput input = Procedures.input(Regime.FR_CRPA, "REQUEST_RECEIVED=2025-03-03");
        SuspensionWindow march = window("2025-03-01", "2025-03-31");

        assertThat(error(input.withSuspensions(Arrays.asList((SuspensionWindow) null))).field()).isEqualTo("suspensions[0]");
        assertThat(error(input.withSuspensions(List.of(window("2025-03-31", "2025-03-01")))).field()).isEqualTo("suspensions[0].to");
        assertThat(error(input.withSuspensions(List.of(march, window("2025-03-31", "2025-04-10")))).field())
                .isEqualTo("suspensions[1].from");
        assertThat(error(input.withSuspensions(List.of(new SuspensionWindow(null, LocalDate.of(2025, 3, 1), "x", "x")))).field())
                .isEqualTo("suspensions[0].from");
        assertThat(error(input.withSuspensions(List.of(window("1899-03-31", "1900-04-10")))).field()).isEqualTo("suspensions[0].from");
    }

    private static SuspensionWindow window(String from, String to) {
        return new SuspensionWindow(LocalDate.parse(from), LocalDate.parse(to), "fenêtre", "window");
    }

    @Test
    void lookUpByNameNamesTheField() {
        assertThat(Regime.parse(" fr_crpa ")).isEqualTo(Regime.FR_CRPA);
        assertThat(EventType.parse("cada_registered", "events[3].type")).isEqualTo(EventType.CADA_REGISTERED);
        assertThatThrownBy(() -> Regime.parse("FR_CADA")).isInstanceOfSatisfying(InvalidProcedureException.class,
                error -> assertThat(error.field()).isEqualTo("regime"));
        assertThatThrownBy(() -> Regime.parse(null)).isInstanceOfSatisfying(InvalidProcedureException.class,
                error -> assertThat(error.field()).isEqualTo("regime"));
        assertThatThrownBy(() -> EventType.parse("RECEIVED", "events[3].type")).isInstanceOfSatisfying(InvalidProcedureException.class,
                error -> assertThat(error.field()).isEqualTo("events[3].type"));
    }
}
