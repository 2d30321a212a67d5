package fr.vigie.deadline;

import static fr.vigie.deadline.Procedures.evaluate;
import static fr.vigie.deadline.Procedures.find;
import static fr.vigie.deadline.Procedures.get;
import static fr.vigie.deadline.Procedures.input;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Steps without legal effect: a warning naming the event, its date and the date it is measured against, and
 * the chain computed as the law says, without the step. One row per case, with its source; "none" in the last
 * column: the key must be absent.
 */
class WarningsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            R343-1: referral sent before the DIR          | FR_CRPA | REQUEST_RECEIVED=2025-03-03;CADA_REFERRAL_SENT=2025-03-20;CADA_REGISTERED=2025-03-25 | null | PREMATURE_CADA_REFERRAL | CADA_REFERRAL_SENT | 2025-03-20 | 2025-04-03 | CONFIRMED_REFUSAL | none
            R343-1: the referral still to make           | FR_CRPA | REQUEST_RECEIVED=2025-03-03;CADA_REFERRAL_SENT=2025-03-20;CADA_REGISTERED=2025-03-25 | null | PREMATURE_CADA_REFERRAL | CADA_REFERRAL_SENT | 2025-03-20 | 2025-04-03 | CADA_REFERRAL_BY | 2025-06-04
            R343-1: registered before the DIR            | FR_CRPA | REQUEST_RECEIVED=2025-03-03;CADA_REGISTERED=2025-03-25 | null | PREMATURE_CADA_REFERRAL | CADA_REGISTERED | 2025-03-25 | 2025-04-03 | CADA_AVIS_DUE | none
            R343-1: no court without a valid referral    | FR_CRPA | REQUEST_RECEIVED=2025-03-03;CADA_REGISTERED=2025-03-25;FINAL_REFUSAL=2025-05-02 | null | PREMATURE_CADA_REFERRAL | CADA_REGISTERED | 2025-03-25 | 2025-04-03 | COURT_BY | none
            R343-1: sent the day after the last day      | FR_CRPA | REQUEST_RECEIVED=2025-03-03;CADA_REFERRAL_SENT=2025-06-05;CADA_REGISTERED=2025-06-10 | null | LATE_CADA_REFERRAL | CADA_REFERRAL_SENT | 2025-06-05 | 2025-06-04 | CONFIRMED_REFUSAL | none
            R343-1, L112-6: late after the one-year limit | FR_CRPA | REQUEST_RECEIVED=2025-03-03;CADA_REFERRAL_SENT=2026-04-06 | false | LATE_CADA_REFERRAL | CADA_REFERRAL_SENT | 2026-04-06 | 2026-04-03 | ONE_YEAR_LIMIT | 2026-04-03
            L232-4: reasons asked before the DIR          | FR_CRPA | REQUEST_RECEIVED=2025-03-03;REASONS_REQUESTED=2025-03-20 | null | REASONS_REQUEST_WITHOUT_IMPLICIT_REFUSAL | REASONS_REQUESTED | 2025-03-20 | 2025-04-03 | REASONS_DUE | none
            L232-4: reasons asked of an express refusal   | FR_CRPA | REQUEST_RECEIVED=2025-03-03;EXPRESS_REFUSAL=2025-03-10;REASONS_REQUESTED=2025-04-10 | null | REASONS_REQUEST_WITHOUT_IMPLICIT_REFUSAL | REASONS_REQUESTED | 2025-04-10 | 2025-04-03 | REASONS_DUE | none
            R421-2 al. 1: final refusal after the court period (worked example 12) | FR_CRPA | REQUEST_RECEIVED=2023-11-14;CADA_REGISTERED=2024-01-05;FINAL_REFUSAL=2024-06-01 | null | CONFIRMATORY_DECISION | FINAL_REFUSAL | 2024-06-01 | 2024-05-06 | COURT_BY | 2024-05-06
            R421-2 al. 1: express refusal after the referral period | FR_CRPA | REQUEST_RECEIVED=2025-03-03;EXPRESS_REFUSAL=2025-06-10 | null | CONFIRMATORY_DECISION | EXPRESS_REFUSAL | 2025-06-10 | 2025-06-04 | CADA_REFERRAL_BY | 2025-06-04
            R421-2 al. 1: express rejection of the recours after its period | FR_CRPA | FINAL_REFUSAL=2025-03-07;RECOURS_GRACIEUX_RECEIVED=2025-04-01;RECOURS_GRACIEUX_REJECTED=2025-09-10 | null | CONFIRMATORY_DECISION | RECOURS_GRACIEUX_REJECTED | 2025-09-10 | 2025-08-04 | COURT_BY | 2025-08-04
            L342-1: express refusal after the referral    | FR_CRPA | REQUEST_RECEIVED=2024-02-01;CADA_REGISTERED=2024-04-10;EXPRESS_REFUSAL=2024-04-20 | null | REFERRAL_ALREADY_MADE | EXPRESS_REFUSAL | 2024-04-20 | 2024-04-10 | CADA_REFERRAL_BY | 2024-05-02
            L342-1: the referral made stands              | FR_CRPA | REQUEST_RECEIVED=2024-02-01;CADA_REGISTERED=2024-04-10;EXPRESS_REFUSAL=2024-04-20 | null | REFERRAL_ALREADY_MADE | EXPRESS_REFUSAL | 2024-04-20 | 2024-04-10 | CONFIRMED_REFUSAL | 2024-06-10
            L342-1: a recours gracieux is no referral     | FR_CRPA | REQUEST_RECEIVED=2025-03-03;RECOURS_GRACIEUX_RECEIVED=2025-04-15 | null | RECOURS_GRACIEUX_BEFORE_CADA | RECOURS_GRACIEUX_RECEIVED | 2025-04-15 | null | RECOURS_GRACIEUX_IMPLICIT_REJECTION | none
            L342-1, R343-1: the referral period runs on   | FR_CRPA | REQUEST_RECEIVED=2025-03-03;RECOURS_GRACIEUX_RECEIVED=2025-04-15 | null | RECOURS_GRACIEUX_BEFORE_CADA | RECOURS_GRACIEUX_RECEIVED | 2025-04-15 | null | CADA_REFERRAL_BY | 2025-06-04
            L411-2: recours gracieux after the period     | FR_CRPA | FINAL_REFUSAL=2025-03-07;RECOURS_GRACIEUX_RECEIVED=2025-05-12 | null | LATE_RECOURS_GRACIEUX | RECOURS_GRACIEUX_RECEIVED | 2025-05-12 | 2025-05-09 | COURT_BY | 2025-05-09
            décret 2020-1717 art. 43: legal aid after the period | FR_CRPA | FINAL_REFUSAL=2025-03-07;LEGAL_AID_REQUESTED=2025-05-12;LEGAL_AID_DECIDED=2025-06-16 | null | LATE_LEGAL_AID_REQUEST | LEGAL_AID_REQUESTED | 2025-05-12 | 2025-05-09 | COURT_BY | 2025-05-09
            GDPR art. 12(3): extension after the first month (worked example 13) | FR_GDPR | REQUEST_RECEIVED=2025-03-09;EXTENSION_NOTIFIED=2025-04-10 | null | LATE_EXTENSION | EXTENSION_NOTIFIED | 2025-04-10 | 2025-04-09 | EXTENDED_RESPONSE_DUE | none
            552(a)(6)(B)(i): extension after the 20 days (worked example 14) | US_FOIA | REQUEST_RECEIVED=2025-11-03;EXTENSION_NOTIFIED=2025-12-04 | null | LATE_EXTENSION | EXTENSION_NOTIFIED | 2025-12-04 | 2025-12-03 | EXTENDED_RESPONSE_DUE | none
            Pub. L. 114-185 §6: request made before 1 July 2016 | US_FOIA | REQUEST_RECEIVED=2016-06-30;ADVERSE_DETERMINATION=2016-07-15 | null | APPEAL_PERIOD_SET_BY_AGENCY | ADVERSE_DETERMINATION | 2016-07-15 | 2016-06-30 | APPEAL_BY | none
            VwGO §70: Widerspruch after the month         | DE_IFG  | REQUEST_RECEIVED=2025-01-31;DECISION_NOTIFIED=2025-04-18;OBJECTION_FILED=2025-05-20 | null | LATE_OBJECTION | OBJECTION_FILED | 2025-05-20 | 2025-05-19 | OBJECTION_BY | 2025-05-19
            """)
    void stepWithoutEffect(String source, Regime regime, String events, Boolean acknowledged, WarningCode code, EventType event,
                           LocalDate date, LocalDate reference, DeadlineKey key, String expected) {
        DeadlineChain chain = evaluate(input(regime, null, acknowledged, null, events));

        assertThat(chain.warnings()).as(source).contains(new Warning(code, event, date, reference));
        if (expected.equals("none")) {
            assertThat(find(chain.deadlines(), key)).as(source).isEmpty();
        } else {
            assertThat(get(chain.deadlines(), key).date()).as(source).isEqualTo(expected);
        }
    }

    /** The same steps, taken in time, bring no warning. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            R343-1: referral after an express refusal    | FR_CRPA | REQUEST_RECEIVED=2025-03-03;EXPRESS_REFUSAL=2025-03-10;CADA_REFERRAL_SENT=2025-03-20 | null
            R343-1: referral on the last day              | FR_CRPA | REQUEST_RECEIVED=2025-03-03;CADA_REFERRAL_SENT=2025-06-04;CADA_REGISTERED=2025-06-20 | null
            L112-1: only the sending proves lateness      | FR_CRPA | REQUEST_RECEIVED=2025-03-03;CADA_REGISTERED=2025-07-01 | null
            L112-6: late by the strict date, within the year | FR_CRPA | REQUEST_RECEIVED=2025-03-03;CADA_REFERRAL_SENT=2025-09-01 | false
            L232-4: reasons of the DIR                    | FR_CRPA | REQUEST_RECEIVED=2025-03-03;REASONS_REQUESTED=2025-04-10 | null
            R421-2 al. 1: express within the DIR's period | FR_CRPA | REQUEST_RECEIVED=2025-03-03;EXPRESS_REFUSAL=2025-05-20 | null
            L411-2: recours gracieux on the last day      | FR_CRPA | FINAL_REFUSAL=2025-03-07;RECOURS_GRACIEUX_RECEIVED=2025-05-09 | null
            Pub. L. 114-185 §6: request made on 1 July 2016 | US_FOIA | REQUEST_RECEIVED=2016-07-01;ADVERSE_DETERMINATION=2016-07-15 | null
            """)
    void stepInTimeWarnsOfNothing(String source, Regime regime, String events, Boolean acknowledged) {
        assertThat(evaluate(input(regime, null, acknowledged, null, events)).warnings()).as(source).isEmpty();
    }

    @Test
    void messagesSayWhatHappenedTheRuleAndWhatToDo() {
        Warning late = evaluate(input(Regime.FR_CRPA, null, null, null, "REQUEST_RECEIVED=2025-03-03;CADA_REFERRAL_SENT=2025-06-05"))
                .warnings().get(0);

        assertThat(late.message(Locale.FRENCH)).contains("jeudi 5 juin 2025", "mercredi 4 juin 2025", "R343-1", "nouvelle demande");
        assertThat(late.message(Locale.ENGLISH)).contains("Thursday 5 June 2025", "Wednesday 4 June 2025", "R343-1", "new request");
        for (WarningCode code : WarningCode.values()) {
            Warning warning = new Warning(code, EventType.REQUEST_RECEIVED, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 3));
            assertThat(warning.message(Locale.FRENCH)).as(code.name()).contains("2025").isNotEqualTo(warning.message(Locale.ENGLISH));
        }
    }

    /** compute() is evaluate() without the warnings: the same deadlines. */
    @Test
    void computeGivesTheDeadlinesOfEvaluate() {
        ProcedureInput input = input(Regime.FR_CRPA, null, null, null, "REQUEST_RECEIVED=2024-02-01;CADA_REGISTERED=2024-04-10;EXPRESS_REFUSAL=2024-04-20");

        assertThat(new DeadlineEngine().compute(input)).isEqualTo(evaluate(input).deadlines());
    }
}
