package fr.vigie.deadline.regime;

import static fr.vigie.deadline.Procedures.evaluate;
import static fr.vigie.deadline.Procedures.find;
import static fr.vigie.deadline.Procedures.get;
import static fr.vigie.deadline.Procedures.input;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.deadline.AlsoPossible;
import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Party;
import fr.vigie.deadline.Regime;
import fr.vigie.deadline.Residence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * After the first refusal outside the CRPA: the CNIL (FR_GDPR), the UK's internal review, ICO and First-tier
 * Tribunal, the US suit, Germany's Klage, §58(2) and §75, and the Länder's holidays. One row per rule with its
 * source; dates computed by hand and by a separate script; "none": the key must be absent.
 */
class ForeignRemediesTest {

    @ParameterizedTest(name = "{0}: {4} = {5}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # the CNIL
            GDPR art. 78(2): three months                  | FR_GDPR | null  | REQUEST_RECEIVED=2025-02-01;CNIL_COMPLAINT_RECEIVED=2025-03-10 | CNIL_INFORMATION_DUE | 2025-06-10
            décret 2019-536 art. 10: silence, three months | FR_GDPR | null  | REQUEST_RECEIVED=2025-02-01;CNIL_COMPLAINT_RECEIVED=2025-03-10 | CNIL_IMPLICIT_REJECTION | 2025-06-10
            CJA R311-1 4°, R421-2: the Conseil d'État     | FR_GDPR | null  | REQUEST_RECEIVED=2025-02-01;CNIL_COMPLAINT_RECEIVED=2025-03-10 | CONSEIL_ETAT_BY | 2025-08-11
            R421-1: from the CNIL's decision (Sun 6 Jul)   | FR_GDPR | null  | REQUEST_RECEIVED=2025-02-01;CNIL_COMPLAINT_RECEIVED=2025-03-10;CNIL_DECISION_NOTIFIED=2025-05-05 | CONSEIL_ETAT_BY | 2025-07-07
            R421-5: the CNIL's decision without remedies   | FR_GDPR | null  | REQUEST_RECEIVED=2025-02-01;CNIL_COMPLAINT_RECEIVED=2025-03-10;CNIL_DECISION_NOTIFIED=2025-05-05! | ONE_YEAR_LIMIT | 2026-05-05
            R421-7 al. 1: the Conseil d'État from overseas | FR_GDPR | OVERSEAS | REQUEST_RECEIVED=2025-02-01;CNIL_COMPLAINT_RECEIVED=2025-03-10 | CONSEIL_ETAT_BY | 2025-09-11
            CRPA L231-4 2°; CE n° 393020: two months before the decree | FR_GDPR | null | REQUEST_RECEIVED=2018-09-01;CNIL_COMPLAINT_RECEIVED=2019-03-04 | CNIL_IMPLICIT_REJECTION | 2019-05-04
            décret 2019-536 art. 142: indirect access, four months | FR_GDPR | null | INDIRECT_ACCESS_REQUESTED=2025-03-10 | CNIL_INDIRECT_ACCESS_DUE | 2025-07-10
            # the UK
            Code of Practice 2018 part 5: review within 40 working days | UK_FOIA | null | REQUEST_RECEIVED=2025-04-14;DECISION_NOTIFIED=2025-05-14 | INTERNAL_REVIEW_REQUEST_BY | 2025-07-10
            Code of Practice 2004: no time for the review  | UK_FOIA | null  | REQUEST_RECEIVED=2018-05-02;DECISION_NOTIFIED=2018-06-01 | INTERNAL_REVIEW_REQUEST_BY | none
            FOIA s.50(2)(b), ICO: six weeks                 | UK_FOIA | null  | REQUEST_RECEIVED=2025-04-14;INTERNAL_REVIEW_REQUESTED=2025-05-20;INTERNAL_REVIEW_DECIDED=2025-06-20 | ICO_COMPLAINT_BY | 2025-08-01
            s.57; GRC r.22(1)(b): 28 days                   | UK_FOIA | null  | REQUEST_RECEIVED=2025-04-14;ICO_DECISION_NOTICE=2025-07-29 | TRIBUNAL_APPEAL_BY | 2025-08-26
            GRC r.12(2): 25 Aug bank holiday (E&W)          | UK_FOIA | null  | REQUEST_RECEIVED=2025-04-14;ICO_DECISION_NOTICE=2025-07-28 | TRIBUNAL_APPEAL_BY | 2025-08-26
            GRC r.12(2): 4 Aug, Scotland only: earliest     | UK_FOIA | null  | REQUEST_RECEIVED=2025-04-14;ICO_DECISION_NOTICE=2025-07-07 | TRIBUNAL_APPEAL_BY | 2025-08-04
            # the US
            552(a)(6)(C)(i): constructive exhaustion        | US_FOIA | null  | REQUEST_RECEIVED=2025-11-03 | SUIT_FROM | 2025-12-04
            28 U.S.C. 2401(a): six years                    | US_FOIA | null  | REQUEST_RECEIVED=2025-11-03 | SUIT_BY | 2031-12-04
            Oglesby: a timely response, appeal first        | US_FOIA | null  | REQUEST_RECEIVED=2025-11-03;ADVERSE_DETERMINATION=2025-11-20 | SUIT_FROM | none
            552(a)(6)(A)(i)(III)(aa): 90 days               | US_FOIA | null  | REQUEST_RECEIVED=2025-11-03;ADVERSE_DETERMINATION=2025-11-20 | APPEAL_BY | 2026-02-18
            552(a)(4)(B): appeal decided in time, six years | US_FOIA | null  | REQUEST_RECEIVED=2025-11-03;ADVERSE_DETERMINATION=2025-11-20;APPEAL_RECEIVED=2026-01-05;APPEAL_DECIDED=2026-01-20 | SUIT_BY | 2032-01-20
            Spannaus: accrued at the first exhaustion       | US_FOIA | null  | REQUEST_RECEIVED=2025-11-03;ADVERSE_DETERMINATION=2026-01-15;APPEAL_RECEIVED=2026-02-01 | SUIT_BY | 2031-12-04
            552(a)(6)(A)(ii): the appeal's time missed      | US_FOIA | null  | REQUEST_RECEIVED=2025-11-03;ADVERSE_DETERMINATION=2026-01-15;APPEAL_RECEIVED=2026-02-01 | SUIT_FROM | 2026-03-03
            # Germany
            VwGO §74(1), (2): one month (Good Friday, Easter Monday) | DE_IFG | null | REQUEST_RECEIVED=2025-01-06;DECISION_NOTIFIED=2025-02-03;OBJECTION_FILED=2025-02-20;OBJECTION_DECIDED=2025-03-18 | COURT_BY | 2025-04-22
            VwGO §58(2): one year without notice (Sat)       | DE_IFG | null | REQUEST_RECEIVED=2025-01-06;DECISION_NOTIFIED=2025-04-18! | ONE_YEAR_LIMIT | 2026-04-20
            VwGO §58(2): the objection made                  | DE_IFG | null | REQUEST_RECEIVED=2025-01-06;DECISION_NOTIFIED=2025-04-18!;OBJECTION_FILED=2025-05-02 | ONE_YEAR_LIMIT | none
            VwGO §58(2): the Widerspruchsbescheid without notice | DE_IFG | null | REQUEST_RECEIVED=2025-01-06;DECISION_NOTIFIED=2025-02-03;OBJECTION_FILED=2025-02-20;OBJECTION_DECIDED=2025-03-18! | ONE_YEAR_LIMIT | 2026-03-18
            VwGO §75: three months after the objection      | DE_IFG | null | REQUEST_RECEIVED=2025-01-06;DECISION_NOTIFIED=2025-04-18;OBJECTION_FILED=2025-05-10 | INACTION_SUIT_FROM | 2025-08-11
            """)
    void theRule(String source, Regime regime, Residence residence, String events, DeadlineKey key, String expected) {
        List<Deadline> deadlines = evaluate(input(regime, null, null, residence, events)).deadlines();

        if (expected.equals("none")) {
            assertThat(find(deadlines, key)).as(source).isEmpty();
        } else {
            assertThat(get(deadlines, key).date()).as(source).isEqualTo(expected);
        }
    }

    /** BGB §193: a Land holiday where the authority sits moves the legal limit; the act-by date stays the nationwide one. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DE-BY | REQUEST_RECEIVED=2025-05-19 | RESPONSE_DUE   | 2025-06-19 | 2025-06-20 | Fronleichnam, Bayerisches Feiertagsgesetz Art. 1
            DE-SN | REQUEST_RECEIVED=2025-10-19 | RESPONSE_DUE   | 2025-11-19 | 2025-11-20 | Buß- und Bettag, SächsSFG §1
            DE-BE | REQUEST_RECEIVED=2024-02-08 | RESPONSE_DUE   | 2024-03-08 | 2024-03-11 | Frauentag, Berliner FeiertagsG §1 (2019)
            DE-NI | REQUEST_RECEIVED=2017-09-04;DECISION_NOTIFIED=2017-10-31! | ONE_YEAR_LIMIT | 2018-10-31 | 2018-11-01 | Reformationstag, NFeiertagsG §2 (2018)
            """)
    void landHolidaysGiveTheLegalLimit(String land, String events, DeadlineKey key, LocalDate actBy, LocalDate legal, String source) {
        Deadline response = get(evaluate(input(Regime.DE_IFG, land, null, null, events)).deadlines(), key);

        assertThat(response.date()).as(source).isEqualTo(actBy);
        assertThat(response.alsoPossible()).as(source).extracting(AlsoPossible::date).containsExactly(legal);
        assertThat(response.alsoPossible().get(0).reasonEn()).contains("BGB §193");
    }

    /** GRC Rules r.12: "bank holiday" without a part of the UK: the earliest reading, the other beside it. */
    @ParameterizedTest(name = "notice {0}")
    @CsvSource({"2025-07-07, 2025-08-04, 2025-08-05"})
    void tribunalAppealOnTheEarliestReading(LocalDate notice, LocalDate actBy, LocalDate otherPart) {
        Deadline appeal = get(evaluate(input(Regime.UK_FOIA, null, null, null, "REQUEST_RECEIVED=2025-04-14;ICO_DECISION_NOTICE=" + notice))
                .deadlines(), DeadlineKey.TRIBUNAL_APPEAL_BY);

        assertThat(appeal.date()).isEqualTo(actBy);
        assertThat(appeal.alsoPossible()).extracting(AlsoPossible::date).containsExactly(otherPart);
        assertThat(appeal.party()).isEqualTo(Party.REQUESTER);
    }

    /** Each new key says who acts and cites its articles, in its basis and in its explanation. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            FR_GDPR | CNIL_INFORMATION_DUE       | CNIL      | REQUEST_RECEIVED=2025-02-01;CNIL_COMPLAINT_RECEIVED=2025-03-10 | RGPD art. 77, 78(2)
            FR_GDPR | CNIL_IMPLICIT_REJECTION    | CNIL      | REQUEST_RECEIVED=2025-02-01;CNIL_COMPLAINT_RECEIVED=2025-03-10 | décret 2019-536 art. 10
            FR_GDPR | CONSEIL_ETAT_BY            | REQUESTER | REQUEST_RECEIVED=2025-02-01;CNIL_COMPLAINT_RECEIVED=2025-03-10 | CJA R311-1 4°
            FR_GDPR | CNIL_INDIRECT_ACCESS_DUE   | CNIL      | INDIRECT_ACCESS_REQUESTED=2025-03-10                           | décret 2019-536 art. 141, 142
            UK_FOIA | INTERNAL_REVIEW_REQUEST_BY | REQUESTER | REQUEST_RECEIVED=2025-04-14;DECISION_NOTIFIED=2025-05-14     | Code of Practice (2018)
            UK_FOIA | ICO_COMPLAINT_BY           | REQUESTER | REQUEST_RECEIVED=2025-04-14;INTERNAL_REVIEW_REQUESTED=2025-05-20;INTERNAL_REVIEW_DECIDED=2025-06-20 | FOIA 2000 s.50
            UK_FOIA | TRIBUNAL_APPEAL_BY         | REQUESTER | REQUEST_RECEIVED=2025-04-14;ICO_DECISION_NOTICE=2025-07-29   | r.22(1)(b)
            US_FOIA | SUIT_FROM                  | REQUESTER | REQUEST_RECEIVED=2025-11-03                                  | 5 U.S.C. 552(a)(6)(C)(i)
            US_FOIA | SUIT_BY                    | REQUESTER | REQUEST_RECEIVED=2025-11-03                                  | 28 U.S.C. 2401(a)
            DE_IFG  | ONE_YEAR_LIMIT             | REQUESTER | REQUEST_RECEIVED=2025-01-06;DECISION_NOTIFIED=2025-04-18!    | VwGO §58(2)
            """)
    void newKeysCiteTheirArticles(Regime regime, DeadlineKey key, Party party, String events, String article) {
        Deadline deadline = get(evaluate(input(regime, null, null, null, events)).deadlines(), key);

        assertThat(deadline.party()).isEqualTo(party);
        assertThat(deadline.basis()).contains(article);
        assertThat(deadline.explanation().fr()).contains(article);
        assertThat(deadline.explanation().en()).contains(article);
    }
}
