package fr.vigie.deadline.regime;

import static fr.vigie.deadline.Procedures.evaluate;
import static fr.vigie.deadline.Procedures.find;
import static fr.vigie.deadline.Procedures.get;
import static fr.vigie.deadline.Procedures.input;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.deadline.AlsoPossible;
import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineChain;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Party;
import fr.vigie.deadline.Regime;
import fr.vigie.deadline.Residence;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * France after the first refusal, one row per rule with its source: the transfer, the enforceability of the
 * deadlines (L112-6, remedies stated, the one-year limit), the recours gracieux, legal aid, distance and the
 * judgment. Every date was computed by hand (and by a separate script) from the articles cited; "none" means
 * the key must be absent. A date followed by "!" is a decision notified without its remedies.
 */
class CrpaRemediesTest {

    @ParameterizedTest(name = "{0}: {5} = {6}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # transfer: the implicit refusal still runs from the first receipt, not from the competent body's
            L114-3 al. 1 (LEGAL.md §1, transfer)         | REQUEST_RECEIVED=2025-03-03;TRANSFERRED=2025-03-20 | null  | null     | null | IMPLICIT_REFUSAL | 2025-04-03
            L114-3 al. 1; R343-1 (worked example 4)      | REQUEST_RECEIVED=2025-03-03;TRANSFERRED=2025-03-20 | null  | null     | null | CADA_REFERRAL_BY | 2025-06-04
            # L112-6: no acknowledgement, no enforceable deadline, one year from the decision (Czabaj)
            L112-6 al. 1; CE Czabaj n° 387763            | REQUEST_RECEIVED=2025-03-03                        | false | null     | null | ONE_YEAR_LIMIT   | 2026-04-03
            L112-6 al. 1: the strict date stays           | REQUEST_RECEIVED=2025-03-03                        | false | null     | null | CADA_REFERRAL_BY | 2025-06-04
            L112-6: acknowledged                          | REQUEST_RECEIVED=2025-03-03                        | true  | null     | null | ONE_YEAR_LIMIT   | none
            L112-6: unknown (policy F)                    | REQUEST_RECEIVED=2025-03-03                        | null  | null     | null | ONE_YEAR_LIMIT   | none
            L112-6 al. 2: express before the DIR          | REQUEST_RECEIVED=2025-03-03;EXPRESS_REFUSAL=2025-03-20 | false | null | null | ONE_YEAR_LIMIT   | none
            L112-6 al. 2: express on the DIR's day        | REQUEST_RECEIVED=2025-03-03;EXPRESS_REFUSAL=2025-04-03 | false | null | null | ONE_YEAR_LIMIT   | none
            L112-6 al. 1 a contrario: express after the DIR | REQUEST_RECEIVED=2025-03-03;EXPRESS_REFUSAL=2025-04-10 | false | null | null | ONE_YEAR_LIMIT | 2026-04-10
            CJA R421-2 al. 1: express within the period restarts it | REQUEST_RECEIVED=2025-03-03;EXPRESS_REFUSAL=2025-04-10 | false | null | null | CADA_REFERRAL_BY | 2025-06-11
            R421-5 CJA; L311-14 CRPA: remedies not stated | REQUEST_RECEIVED=2025-03-03;EXPRESS_REFUSAL=2025-03-20! | true | null  | null | ONE_YEAR_LIMIT   | 2026-03-20
            R421-5 CJA: remedies not stated, strict date  | REQUEST_RECEIVED=2025-03-03;EXPRESS_REFUSAL=2025-03-20! | true | null  | null | CADA_REFERRAL_BY | 2025-05-21
            R421-5 CJA: final refusal without remedies    | REQUEST_RECEIVED=2023-11-14;CADA_REGISTERED=2024-01-05;FINAL_REFUSAL=2024-02-20! | true | null | null | ONE_YEAR_LIMIT | 2025-02-20
            R421-1: from the final refusal (Sun 21 Apr)   | REQUEST_RECEIVED=2023-11-14;CADA_REGISTERED=2024-01-05;FINAL_REFUSAL=2024-02-20! | true | null | null | COURT_BY | 2024-04-22
            Czabaj: from the decision, never the reasons  | REQUEST_RECEIVED=2023-11-14;CADA_REGISTERED=2024-01-05;REASONS_REQUESTED=2024-03-20;REASONS_RECEIVED=2024-04-10 | false | null | null | ONE_YEAR_LIMIT | 2025-03-05
            L232-4: the court period from the reasons     | REQUEST_RECEIVED=2023-11-14;CADA_REGISTERED=2024-01-05;REASONS_REQUESTED=2024-03-20;REASONS_RECEIVED=2024-04-10 | false | null | null | COURT_BY | 2024-06-11
            # recours gracieux (L411-2): within the period it interrupts it; two months of silence reject it (L231-4)
            L231-4: silence for two months (policy A)    | FINAL_REFUSAL=2025-03-07;RECOURS_GRACIEUX_RECEIVED=2025-04-01 | null | null | null | RECOURS_GRACIEUX_IMPLICIT_REJECTION | 2025-06-01
            L411-2: from the implicit rejection (Sat 2 Aug) | FINAL_REFUSAL=2025-03-07;RECOURS_GRACIEUX_RECEIVED=2025-04-01 | null | null | null | COURT_BY | 2025-08-04
            L411-2: from the express rejection            | FINAL_REFUSAL=2025-03-07;RECOURS_GRACIEUX_RECEIVED=2025-04-01;RECOURS_GRACIEUX_REJECTED=2025-05-15 | null | null | null | COURT_BY | 2025-07-16
            R421-2 al. 1: express after the implicit, in time (Sun 21 Sep) | FINAL_REFUSAL=2025-03-07;RECOURS_GRACIEUX_RECEIVED=2025-04-01;RECOURS_GRACIEUX_REJECTED=2025-07-20 | null | null | null | COURT_BY | 2025-09-22
            R421-2 al. 1: confirmatory express rejection  | FINAL_REFUSAL=2025-03-07;RECOURS_GRACIEUX_RECEIVED=2025-04-01;RECOURS_GRACIEUX_REJECTED=2025-09-10 | null | null | null | COURT_BY | 2025-08-04
            R421-5: rejection without remedies            | FINAL_REFUSAL=2025-03-07;RECOURS_GRACIEUX_RECEIVED=2025-04-01;RECOURS_GRACIEUX_REJECTED=2025-05-15! | null | null | null | ONE_YEAR_LIMIT | 2026-05-15
            CE 12/07/2023 n° 474865: silence, no acknowledgement | FINAL_REFUSAL=2025-03-07;RECOURS_GRACIEUX_RECEIVED=2025-04-01 | false | null | null | ONE_YEAR_LIMIT | 2026-06-01
            # legal aid (décret 2020-1717 art. 43): a new period of the same length from the decision
            art. 43: pending, no date yet                 | FINAL_REFUSAL=2025-03-07;LEGAL_AID_REQUESTED=2025-04-01 | null | null | null | COURT_BY | none
            art. 43 4°: from the decision (Sun 17 Aug)   | FINAL_REFUSAL=2025-03-07;LEGAL_AID_REQUESTED=2025-04-01;LEGAL_AID_DECIDED=2025-06-16 | null | null | null | COURT_BY | 2025-08-18
            art. 43: within the gracieux's new period    | FINAL_REFUSAL=2025-03-07;RECOURS_GRACIEUX_RECEIVED=2025-04-01;LEGAL_AID_REQUESTED=2025-07-01;LEGAL_AID_DECIDED=2025-07-20 | null | null | null | COURT_BY | 2025-09-22
            # distance (CJA R421-7); worked example 6 is 9 May without it
            R421-7: metropolitan, metropolitan tribunal   | FINAL_REFUSAL=2025-03-07 | null | METROPOLE | null | COURT_BY | 2025-05-09
            R421-7 al. 1: overseas (8 Jun Sun, 9 Jun Whit Monday) | FINAL_REFUSAL=2025-03-07 | null | OVERSEAS | null | COURT_BY | 2025-06-10
            R421-7 al. 3: abroad                          | FINAL_REFUSAL=2025-03-07 | null | ABROAD    | null | COURT_BY | 2025-07-08
            R421-7 al. 2: overseas tribunal, metropolitan requester | FINAL_REFUSAL=2025-03-07 | null | METROPOLE | 971 | COURT_BY | 2025-06-10
            R421-7 al. 2: overseas tribunal, its own collectivity | FINAL_REFUSAL=2025-03-07 | null | OVERSEAS | 971 | COURT_BY | 2025-05-09
            R421-7 al. 3: overseas tribunal, abroad       | FINAL_REFUSAL=2025-03-07 | null | ABROAD    | 974 | COURT_BY | 2025-07-08
            R421-7: residence unknown, earliest reading   | FINAL_REFUSAL=2025-03-07 | null | null      | 971 | COURT_BY | 2025-05-09
            R343-1: no distance for the CADA referral     | REQUEST_RECEIVED=2025-03-03 | null | ABROAD | null | CADA_REFERRAL_BY | 2025-06-04
            # after the judgment
            CJA R811-1 al. 2 2°, R821-1: cassation       | JUDGMENT_NOTIFIED=2025-03-07 | null | null   | null | JUDGMENT_APPEAL_BY | 2025-05-09
            R821-2, R811-5, R421-7: cassation from abroad | JUDGMENT_NOTIFIED=2025-03-07 | null | ABROAD | null | JUDGMENT_APPEAL_BY | 2025-07-08
            L911-4, R921-1-1: not before three months    | JUDGMENT_NOTIFIED=2025-03-07 | null | null   | null | ENFORCEMENT_REQUEST_FROM | 2025-06-08
            """)
    void theRule(String source, String events, Boolean acknowledged, Residence residence, String territory, DeadlineKey key,
                 String expected) {
        DeadlineChain chain = evaluate(input(Regime.FR_CRPA, territory, acknowledged, residence, events));

        if (expected.equals("none")) {
            assertThat(find(chain.deadlines(), key)).as(source).isEmpty();
        } else {
            assertThat(get(chain.deadlines(), key).date()).as(source).isEqualTo(expected);
        }
    }

    /** Each new key says who acts and cites its articles, in its basis and in its explanation. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ONE_YEAR_LIMIT                      | REQUESTER      | REQUEST_RECEIVED=2025-03-03                      | Czabaj n° 387763
            RECOURS_GRACIEUX_IMPLICIT_REJECTION | ADMINISTRATION | FINAL_REFUSAL=2025-03-07;RECOURS_GRACIEUX_RECEIVED=2025-04-01 | CRPA L411-2, L231-4
            JUDGMENT_APPEAL_BY                  | REQUESTER      | JUDGMENT_NOTIFIED=2025-03-07                     | CJA R811-1 al. 2 2°, R821-1
            ENFORCEMENT_REQUEST_FROM            | REQUESTER      | JUDGMENT_NOTIFIED=2025-03-07                     | CJA L911-4, R921-1-1
            """)
    void newKeysCiteTheirArticles(DeadlineKey key, Party party, String events, String article) {
        Deadline deadline = get(evaluate(input(Regime.FR_CRPA, null, false, null, events)).deadlines(), key);

        assertThat(deadline.party()).isEqualTo(party);
        assertThat(deadline.basis()).contains(article);
        assertThat(deadline.explanation().fr()).contains(article);
        assertThat(deadline.explanation().en()).contains(article);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            transfer note (L114-3)            | REQUEST_RECEIVED=2025-03-03;TRANSFERRED=2025-03-20 | null     | null | IMPLICIT_REFUSAL | L114-3 al. 1 | jeudi 20 mars 2025
            distance note (R421-7 al. 1)      | FINAL_REFUSAL=2025-03-07                           | OVERSEAS | null | COURT_BY         | R421-7 al. 1 | + 1 mois
            distance note (R421-7 al. 3)      | FINAL_REFUSAL=2025-03-07                           | ABROAD   | null | COURT_BY         | R421-7 al. 3 | + 2 mois
            cassation only (R811-1 al. 2 2°)  | JUDGMENT_NOTIFIED=2025-03-07                       | null     | null | JUDGMENT_APPEAL_BY | pas d'appel | avocat au Conseil d'État
            """)
    void explanationsSayWhy(String what, String events, Residence residence, String territory, DeadlineKey key, String article, String words) {
        String french = get(evaluate(input(Regime.FR_CRPA, territory, null, residence, events)).deadlines(), key).explanation()
                .text(Locale.FRENCH);

        assertThat(french).as(what).contains(article, words);
    }

    /** R421-7 al. 2: before an overseas tribunal, the one-month-longer date is shown beside the earliest. */
    @ParameterizedTest(name = "residence {0}")
    @CsvSource(value = {"OVERSEAS", "null"}, nullValues = "null")
    void anotherCollectivityIsShownBeside(Residence residence) {
        Deadline court = get(evaluate(input(Regime.FR_CRPA, "971", null, residence, "FINAL_REFUSAL=2025-03-07")).deadlines(),
                DeadlineKey.COURT_BY);

        assertThat(court.alsoPossible()).filteredOn(also -> also.reasonFr().contains("R421-7 al. 2"))
                .extracting(AlsoPossible::date).containsExactly(LocalDate.parse("2025-06-10"));
    }

    /** Décret 2020-1717 art. 43 3°, art. 69: a refused or partial grant can be contested for fifteen days, from which it runs. */
    @ParameterizedTest(name = "decided {0}")
    @CsvSource({"2025-06-16, 2025-08-18, 2025-09-02"})
    void legalAidContestedIsShownBeside(LocalDate decided, LocalDate courtBy, LocalDate contested) {
        Deadline court = get(evaluate(input(Regime.FR_CRPA, null, null, null,
                "FINAL_REFUSAL=2025-03-07;LEGAL_AID_REQUESTED=2025-04-01;LEGAL_AID_DECIDED=" + decided)).deadlines(), DeadlineKey.COURT_BY);

        assertThat(court.date()).isEqualTo(courtBy);
        assertThat(court.basis()).startsWith("décret 2020-1717 art. 43");
        assertThat(court.alsoPossible()).extracting(AlsoPossible::date).containsExactly(contested);
    }
}
