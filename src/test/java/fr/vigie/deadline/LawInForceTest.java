package fr.vigie.deadline;

import static fr.vigie.deadline.Procedures.compute;
import static fr.vigie.deadline.Procedures.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The law in force at the date: dates before a law existed refused naming it, periods by the text then in force. */
class LawInForceTest {

    private static InvalidProcedureException refusal(Regime regime, String events) {
        InvalidProcedureException error = catchThrowableOfType(InvalidProcedureException.class, () -> compute(regime, events));
        assertThat(error).as(events).isNotNull();
        return error;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            FR_GDPR | REQUEST_RECEIVED=2018-05-24                                | events[0].date | art. 99(2)           | loi no. 78-17
            FR_GDPR | REQUEST_RECEIVED=2019-01-07;INDIRECT_ACCESS_REQUESTED=2019-05-31 | events[1].date | décret no. 2019-536 | 2005-1309
            UK_FOIA | REQUEST_RECEIVED=2004-12-31                                | events[0].date | s.1                  | Code of Practice on Access to Government Information
            DE_IFG  | REQUEST_RECEIVED=2005-12-31                                | events[0].date | IFG                  | Umweltinformationsgesetz
            US_FOIA | REQUEST_RECEIVED=1975-02-18                                | events[0].date | Pub. L. 93-502       | 1967
            FR_CRPA | REQUEST_RECEIVED=1978-07-16                                | events[0].date | loi no. 78-753       | 17 July 1978
            FR_GDPR | REQUEST_RECEIVED=2018-06-01;CNIL_COMPLAINT_RECEIVED=2018-05-20 | events[1].date | art. 99(2)        | 25 May 2018
            """)
    void aDateBeforeTheLawIsRefusedNamingTheLawThen(Regime regime, String events, String field, String law, String before) {
        InvalidProcedureException error = refusal(regime, events);

        assertThat(error.field()).isEqualTo(field);
        assertThat(error.reasonEn()).contains(law, before);
        assertThat(error.reasonFr()).isNotBlank();
    }

    /** 5 U.S.C. 552(a)(6)(A)(i): ten working days from the 1974 text, twenty from 2 October 1997 (Pub. L. 104-231 §8, §12(b)). */
    @ParameterizedTest(name = "received {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1997-10-01 | 1997-10-16 | Pub. L. 93-502
            1997-10-02 | 1997-10-31 | 5 U.S.C. 552(a)(6)(A)(i)
            1975-02-19 | 1975-03-05 | Pub. L. 93-502
            """)
    void usResponseByTheTextInForce(LocalDate received, LocalDate due, String basis) {
        Deadline response = get(compute(Regime.US_FOIA, "REQUEST_RECEIVED=" + received), DeadlineKey.RESPONSE_DUE);

        assertThat(response.date()).isEqualTo(due);
        assertThat(response.basis()).contains(basis);
    }

    /** The 90-day appeal minimum (FOIA Improvement Act 2016 §6) applies to requests made after 30 June 2016. */
    @ParameterizedTest(name = "received {0}")
    @CsvSource(value = {"2016-06-30, false", "2016-07-01, true"})
    void usAppealMinimumFromTheImprovementAct(LocalDate received, boolean statutory) {
        DeadlineChain chain = Procedures.evaluate(Procedures.input(Regime.US_FOIA,
                "REQUEST_RECEIVED=" + received + ";ADVERSE_DETERMINATION=2016-07-20"));

        assertThat(Procedures.find(chain.deadlines(), DeadlineKey.APPEAL_BY).isPresent()).isEqualTo(statutory);
        assertThat(chain.warnings().isEmpty()).isEqualTo(statutory);
    }

    /** Fifteen years apart within one procedure: a typing error, refused on the later date. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            FR_CRPA | REQUEST_RECEIVED=2010-03-03;CADA_REGISTERED=2025-03-04  | events[1].date
            FR_CRPA | CADA_REGISTERED=2040-03-04;REQUEST_RECEIVED=2025-03-03  | events[0].date
            US_FOIA | REQUEST_RECEIVED=2005-01-01;ADVERSE_DETERMINATION=2030-01-01 | events[1].date
            DE_IFG  | REQUEST_RECEIVED=2010-01-04;DECISION_NOTIFIED=2025-01-05 | events[1].date
            """)
    void datesMoreThanFifteenYearsApartAreRefused(Regime regime, String events, String field) {
        InvalidProcedureException error = refusal(regime, events);

        assertThat(error.field()).isEqualTo(field);
        assertThat(error.reasonEn()).contains("more than 15 years", "typing error");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            FR_CRPA | REQUEST_RECEIVED=2010-03-03;CADA_REGISTERED=2025-03-03
            UK_FOIA | REQUEST_RECEIVED=2005-01-01;DECISION_NOTIFIED=2020-01-01
            """)
    void fifteenYearsExactlyAreAccepted(Regime regime, String events) {
        assertThat(compute(regime, events)).isNotEmpty();
    }
}
