package fr.vigie.deadline.regime;

import static fr.vigie.deadline.Procedures.compute;
import static fr.vigie.deadline.Procedures.find;
import static fr.vigie.deadline.Procedures.get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Party;
import fr.vigie.deadline.Regime;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrpaRulesTest {

    /**
     * The reasons are asked on 10 March, while the refusal confirmed on 5 March stands, before the express refusal
     * of 20 March replaces it (asked after it, they would have no effect: L232-4 only applies to implicit refusals).
     */
    private static final String FULL_CHAIN = "REQUEST_RECEIVED=2023-11-14;EXPRESS_REFUSAL=2023-12-01;CADA_REGISTERED=2024-01-05;"
            + "CADA_AVIS_RECEIVED=2024-02-20;FINAL_REFUSAL=2024-03-20;REASONS_REQUESTED=2024-03-10;REASONS_RECEIVED=2024-04-10";

    @Test
    void fullChainInProcedureOrderWithPartiesAndBases() {
        List<Deadline> deadlines = compute(Regime.FR_CRPA, FULL_CHAIN);

        assertThat(deadlines).extracting(d -> d.key().name(), Deadline::date, Deadline::party).containsExactly(
                row(DeadlineKey.IMPLICIT_REFUSAL, "2023-12-14", Party.ADMINISTRATION),
                row(DeadlineKey.CADA_REFERRAL_BY, "2024-02-02", Party.REQUESTER),
                row(DeadlineKey.CADA_AVIS_DUE, "2024-02-05", Party.CADA),
                row(DeadlineKey.CONFIRMED_REFUSAL, "2024-03-05", Party.ADMINISTRATION),
                row(DeadlineKey.BODY_ANSWER_TO_AVIS_DUE, "2024-03-20", Party.ADMINISTRATION),
                row(DeadlineKey.REASONS_DUE, "2024-04-10", Party.ADMINISTRATION),
                row(DeadlineKey.COURT_BY, "2024-05-21", Party.REQUESTER));
        assertThat(deadlines).extracting(Deadline::basis).containsExactly("CRPA R*311-12, R311-13", "CRPA L342-1, R343-1",
                "CRPA R343-3", "CRPA R*343-4, R343-5", "CRPA R343-3", "CRPA L232-4", "CJA R421-1, R421-2");
    }

    private static org.assertj.core.groups.Tuple row(DeadlineKey key, String date, Party party) {
        return org.assertj.core.groups.Tuple.tuple(key.name(), LocalDate.parse(date), party);
    }

    /** A subset of events gives what follows from it, nothing more. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            EXPRESS_REFUSAL=2025-03-10                        | CADA_REFERRAL_BY
            CADA_AVIS_RECEIVED=2025-03-10                     | BODY_ANSWER_TO_AVIS_DUE
            REASONS_REQUESTED=2025-03-10                      | REASONS_DUE
            FINAL_REFUSAL=2025-03-10                          | COURT_BY
            CADA_REGISTERED=2025-03-10                        | CADA_AVIS_DUE CONFIRMED_REFUSAL COURT_BY
            REQUEST_RECEIVED=2025-03-10                       | IMPLICIT_REFUSAL CADA_REFERRAL_BY
            REASONS_REQUESTED=2025-03-10;REASONS_RECEIVED=2025-03-12 | REASONS_DUE
            """)
    void subsetOfEvents(String events, String keys) {
        assertThat(compute(Regime.FR_CRPA, events)).extracting(d -> d.key().name()).containsExactly(keys.split(" "));
    }

    @Test
    void referralRunsFromTheExpressRefusalWhenKnown() {
        Deadline referral = get(compute(Regime.FR_CRPA, "REQUEST_RECEIVED=2025-03-03;EXPRESS_REFUSAL=2025-03-20"),
                DeadlineKey.CADA_REFERRAL_BY);

        assertThat(referral.date()).isEqualTo("2025-05-21");
        assertThat(referral.explanation().en()).contains("from: notification of the express refusal, Thursday 20 March 2025");
    }

    @Test
    void courtRunsFromTheFinalRefusalWhenKnownElseFromTheConfirmedRefusal() {
        String registered = "REQUEST_RECEIVED=2023-11-14;CADA_REGISTERED=2024-01-05";

        assertThat(get(compute(Regime.FR_CRPA, registered), DeadlineKey.COURT_BY).date()).isEqualTo("2024-05-06");
        assertThat(get(compute(Regime.FR_CRPA, registered + ";FINAL_REFUSAL=2024-02-01"), DeadlineKey.COURT_BY).date())
                .isEqualTo("2024-04-02");
    }

    /**
     * L232-4: reasons asked within the court period (from the confirmed refusal, 2024-03-05, to the
     * court deadline, 2024-05-06) and given on 2024-04-10 prolong it to 10 June + 1 day (franc).
     */
    @ParameterizedTest(name = "reasons asked {0}, given {1}: court by {2}")
    @CsvSource({
            "2024-03-20, 2024-04-10, 2024-06-11, 'CRPA L232-4 ; CJA R421-1, R421-2'",
            "2024-03-05, 2024-04-10, 2024-06-11, 'CRPA L232-4 ; CJA R421-1, R421-2'",
            "2024-05-06, 2024-05-31, 2024-08-01, 'CRPA L232-4 ; CJA R421-1, R421-2'",
            "2024-02-01, 2024-04-10, 2024-05-06, 'CJA R421-1, R421-2'",
            "2024-05-07, 2024-05-31, 2024-05-06, 'CJA R421-1, R421-2'"})
    void reasonsProlongTheCourtPeriod(LocalDate asked, LocalDate given, LocalDate courtBy, String basis) {
        Deadline court = get(compute(Regime.FR_CRPA, "REQUEST_RECEIVED=2023-11-14;CADA_REGISTERED=2024-01-05;REASONS_REQUESTED="
                + asked + ";REASONS_RECEIVED=" + given), DeadlineKey.COURT_BY);

        assertThat(court.date()).isEqualTo(courtBy);
        assertThat(court.basis()).isEqualTo(basis);
    }

    @Test
    void reasonsDoNotProlongAnExpressFinalRefusal() {
        Deadline court = get(compute(Regime.FR_CRPA, "CADA_REGISTERED=2024-01-05;FINAL_REFUSAL=2024-03-01;"
                + "REASONS_REQUESTED=2024-03-10;REASONS_RECEIVED=2024-04-10"), DeadlineKey.COURT_BY);

        assertThat(court.date()).isEqualTo("2024-05-02");
    }

    @Test
    void noReasonsDueWithoutTheirRequest() {
        assertThat(find(compute(Regime.FR_CRPA, "REQUEST_RECEIVED=2024-01-05"), DeadlineKey.REASONS_DUE)).isEmpty();
    }
}
