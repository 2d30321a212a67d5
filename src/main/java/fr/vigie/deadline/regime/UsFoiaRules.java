package fr.vigie.deadline.regime;

import static fr.vigie.deadline.EventType.ADVERSE_DETERMINATION;
import static fr.vigie.deadline.EventType.APPEAL_RECEIVED;
import static fr.vigie.deadline.EventType.EXTENSION_NOTIFIED;
import static fr.vigie.deadline.EventType.REQUEST_RECEIVED;

import fr.vigie.deadline.AlsoPossible;
import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Text;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** US FOIA, 5 U.S.C. 552 (LEGAL.md §3); working days exclude weekends and legal public holidays (policy H). */
final class UsFoiaRules {

    private static final DeadlineSpec RESPONSE = new DeadlineSpec(DeadlineKey.RESPONSE_DUE,
            "5 U.S.C. 552(a)(6)(A)(i)", Period.workingDays(20), EndRule.NEXT_WORKING_DAY, null);
    // (a)(6)(B)(i): "no such notice shall specify a date that would result in an extension for more than ten working days".
    private static final DeadlineSpec EXTENDED = new DeadlineSpec(DeadlineKey.EXTENDED_RESPONSE_DUE,
            "5 U.S.C. 552(a)(6)(B)(i)", Period.workingDays(10), EndRule.NEXT_WORKING_DAY, null);
    // (a)(6)(A)(i)(III)(aa), FOIA Improvement Act 2016: "not less than 90 days after the date of such adverse
    // determination". The statute does not move day 90 off a weekend; some agency rules do: shown beside it.
    private static final DeadlineSpec APPEAL = new DeadlineSpec(DeadlineKey.APPEAL_BY,
            "5 U.S.C. 552(a)(6)(A)(i)(III)(aa)", Period.days(90), EndRule.KEEP, null);
    private static final DeadlineSpec APPEAL_DECISION = new DeadlineSpec(DeadlineKey.APPEAL_DECISION_DUE,
            "5 U.S.C. 552(a)(6)(A)(ii)", Period.workingDays(20), EndRule.NEXT_WORKING_DAY, null);

    private static final Text FIRST_DUE_DATE = new Text("échéance initiale de la réponse", "initial response due date");

    private UsFoiaRules() {
    }

    static List<Deadline> deadlines(Procedure procedure) {
        List<Deadline> deadlines = new ArrayList<>(4);
        LocalDate received = procedure.dateOf(REQUEST_RECEIVED);
        if (received != null) {
            Deadline response = DeadlineMaker.make(procedure, RESPONSE, REQUEST_RECEIVED.label(), received);
            LocalDate notified = procedure.dateOf(EXTENSION_NOTIFIED);
            if (notified == null) {
                deadlines.add(response);
            } else {
                Deadline extended = DeadlineMaker.make(procedure, EXTENDED, FIRST_DUE_DATE, response.date());
                deadlines.addAll(Extension.apply(response, notified, extended));
            }
        }
        LocalDate adverse = procedure.dateOf(ADVERSE_DETERMINATION);
        if (adverse != null) {
            deadlines.add(appealBy(procedure, adverse));
        }
        LocalDate appeal = procedure.dateOf(APPEAL_RECEIVED);
        if (appeal != null) {
            deadlines.add(DeadlineMaker.make(procedure, APPEAL_DECISION, APPEAL_RECEIVED.label(), appeal));
        }
        return deadlines;
    }

    private static Deadline appealBy(Procedure procedure, LocalDate adverse) {
        Deadline appeal = DeadlineMaker.make(procedure, APPEAL, ADVERSE_DETERMINATION.label(), adverse);
        LocalDate nextWorkingDay = procedure.calendar().nextWorkingDayFrom(appeal.date());
        if (nextWorkingDay.equals(appeal.date())) {
            return appeal;
        }
        return appeal.withAlsoPossible(new AlsoPossible(nextWorkingDay,
                "si le règlement FOIA de l'agence reporte au jour ouvrable suivant (la loi ne le prévoit pas)",
                "if the agency's FOIA regulation moves it to the next business day (the statute does not)"));
    }
}
