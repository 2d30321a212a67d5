package fr.vigie.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.deadline.calendar.FrenchCalendars;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import fr.vigie.deadline.period.PeriodCalculator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 16 public worked examples of LEGAL.md §4, through the engine and through the period arithmetic. */
class WorkedExamplesTest {

    @ParameterizedTest(name = "#{0} {1} {3} = {4}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | FR_CRPA | CADA_REGISTERED=2017-06-23                            | CONFIRMED_REFUSAL     | 2017-08-23
            1  | FR_CRPA | CADA_REGISTERED=2017-06-23                            | COURT_BY              | 2017-10-24
            3  | FR_CRPA | REQUEST_RECEIVED=2025-03-03                           | IMPLICIT_REFUSAL      | 2025-04-03
            4  | FR_CRPA | REQUEST_RECEIVED=2025-03-03                           | CADA_REFERRAL_BY      | 2025-06-04
            5  | FR_CRPA | REQUEST_RECEIVED=2025-01-31                           | IMPLICIT_REFUSAL      | 2025-02-28
            6  | FR_CRPA | FINAL_REFUSAL=2025-03-07                              | COURT_BY              | 2025-05-09
            7  | FR_CRPA | FINAL_REFUSAL=2025-04-07                              | COURT_BY              | 2025-06-10
            8  | FR_CRPA | FINAL_REFUSAL=2025-08-31                              | COURT_BY              | 2025-11-03
            9  | FR_CRPA | FINAL_REFUSAL=2025-10-31                              | COURT_BY              | 2026-01-02
            10 | FR_CRPA | FINAL_REFUSAL=2026-02-04                              | COURT_BY              | 2026-04-07
            11 | FR_CRPA | FINAL_REFUSAL=2024-12-31                              | COURT_BY              | 2025-03-03
            12 | FR_CRPA | REQUEST_RECEIVED=2023-11-14;CADA_REGISTERED=2024-01-05 | IMPLICIT_REFUSAL      | 2023-12-14
            12 | FR_CRPA | REQUEST_RECEIVED=2023-11-14;CADA_REGISTERED=2024-01-05 | CADA_REFERRAL_BY      | 2024-02-15
            12 | FR_CRPA | REQUEST_RECEIVED=2023-11-14;CADA_REGISTERED=2024-01-05 | CONFIRMED_REFUSAL     | 2024-03-05
            12 | FR_CRPA | REQUEST_RECEIVED=2023-11-14;CADA_REGISTERED=2024-01-05 | COURT_BY              | 2024-05-06
            13 | FR_GDPR | REQUEST_RECEIVED=2025-03-09;EXTENSION_NOTIFIED=2025-03-20 | RESPONSE_DUE       | 2025-04-09
            13 | FR_GDPR | REQUEST_RECEIVED=2025-03-09;EXTENSION_NOTIFIED=2025-03-20 | EXTENDED_RESPONSE_DUE | 2025-06-10
            14 | US_FOIA | REQUEST_RECEIVED=2025-11-03;EXTENSION_NOTIFIED=2025-11-20 | RESPONSE_DUE       | 2025-12-03
            14 | US_FOIA | REQUEST_RECEIVED=2025-11-03;EXTENSION_NOTIFIED=2025-11-20 | EXTENDED_RESPONSE_DUE | 2025-12-17
            15 | UK_FOIA | REQUEST_RECEIVED=2025-05-14                           | RESPONSE_DUE          | 2025-06-12
            16 | DE_IFG  | REQUEST_RECEIVED=2025-01-31                           | RESPONSE_DUE          | 2025-02-28
            """)
    void engineGivesTheWorkedExample(int example, Regime regime, String events, DeadlineKey key, LocalDate expected) {
        List<Deadline> deadlines = Procedures.compute(regime, events);

        assertThat(Procedures.get(deadlines, key).date()).as("example %d", example).isEqualTo(expected);
    }

    /** French periods on the national calendar; example 2 is a 15-day délai franc, which no engine key uses. */
    @ParameterizedTest(name = "#{0} {1} + {2} {3} {4} = {6}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | 2017-08-23 | 2  | MONTHS | true  | NEXT_WORKING_DAY | 2017-10-24
            2  | 2012-03-01 | 15 | DAYS   | true  | NEXT_WORKING_DAY | 2012-03-19
            3  | 2025-03-03 | 1  | MONTHS | false | KEEP             | 2025-04-03
            4  | 2025-04-03 | 2  | MONTHS | true  | NEXT_WORKING_DAY | 2025-06-04
            5  | 2025-01-31 | 1  | MONTHS | false | KEEP             | 2025-02-28
            6  | 2025-03-07 | 2  | MONTHS | true  | NEXT_WORKING_DAY | 2025-05-09
            7  | 2025-04-07 | 2  | MONTHS | true  | NEXT_WORKING_DAY | 2025-06-10
            8  | 2025-08-31 | 2  | MONTHS | true  | NEXT_WORKING_DAY | 2025-11-03
            9  | 2025-10-31 | 2  | MONTHS | true  | NEXT_WORKING_DAY | 2026-01-02
            10 | 2026-02-04 | 2  | MONTHS | true  | NEXT_WORKING_DAY | 2026-04-07
            11 | 2024-12-31 | 2  | MONTHS | true  | NEXT_WORKING_DAY | 2025-03-03
            """)
    void periodArithmeticGivesTheWorkedExample(int example, LocalDate trigger, int amount, String unit, boolean franc,
                                                EndRule endRule, LocalDate expected) {
        Period period = unit.equals("MONTHS") ? Period.months(amount) : Period.days(amount);
        if (franc) {
            period = period.franc();
        }

        LocalDate date = PeriodCalculator.compute(trigger, period, endRule, FrenchCalendars.NATIONAL, List.of()).date();

        assertThat(date).as("example %d", example).isEqualTo(expected);
    }
}
