package fr.vigie.deadline.regime;

import static fr.vigie.deadline.EventType.ADVERSE_DETERMINATION;
import static fr.vigie.deadline.EventType.APPEAL_RECEIVED;
import static fr.vigie.deadline.EventType.EXTENSION_NOTIFIED;
import static fr.vigie.deadline.EventType.REQUEST_RECEIVED;

import fr.vigie.deadline.AlsoPossible;
import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Text;
import fr.vigie.deadline.WarningCode;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;

/**
 * US FOIA, 5 U.S.C. 552 (LEGAL.md §3), by the text in force when the request was received; working days
 * exclude weekends and legal public holidays (policy H). The suit is {@link UsSuit}'s.
 */
final class UsFoiaRules {

    /** Electronic FOIA Amendments 1996 (Pub. L. 104-231) §8 and §12(b): twenty days from 2 October 1997, ten before. */
    static final LocalDate TWENTY_DAYS_FROM = LocalDate.of(1997, 10, 2);
    /** FOIA Improvement Act 2016 (Pub. L. 114-185) §6: the 90-day appeal minimum applies to requests made after 30 June 2016. */
    static final LocalDate NINETY_DAY_APPEAL_AFTER = LocalDate.of(2016, 6, 30);

    static final DeadlineSpec RESPONSE = new DeadlineSpec(DeadlineKey.RESPONSE_DUE,
            "5 U.S.C. 552(a)(6)(A)(i)", Period.workingDays(20), EndRule.NEXT_WORKING_DAY, null);
    // 1974 text (Pub. L. 93-502): "within ten days (excepting Saturdays, Sundays, and legal public holidays)"
    static final DeadlineSpec RESPONSE_BEFORE_1997 = new DeadlineSpec(DeadlineKey.RESPONSE_DUE,
            "5 U.S.C. 552(a)(6)(A)(i) (texte de 1974, Pub. L. 93-502)", Period.workingDays(10), EndRule.NEXT_WORKING_DAY, null);
    // (a)(6)(B)(i): "no such notice shall specify a date that would result in an extension for more than ten working days".
    static final DeadlineSpec EXTENDED = new DeadlineSpec(DeadlineKey.EXTENDED_RESPONSE_DUE,
            "5 U.S.C. 552(a)(6)(B)(i)", Period.workingDays(10), EndRule.NEXT_WORKING_DAY, null);
    // (a)(6)(A)(i)(III)(aa), FOIA Improvement Act 2016: "not less than 90 days after the date of such adverse
    // determination". The statute does not move day 90 off a weekend; some agency rules do: shown beside it.
    private static final DeadlineSpec APPEAL = new DeadlineSpec(DeadlineKey.APPEAL_BY,
            "5 U.S.C. 552(a)(6)(A)(i)(III)(aa)", Period.days(90), EndRule.KEEP, null);
    static final DeadlineSpec APPEAL_DECISION = new DeadlineSpec(DeadlineKey.APPEAL_DECISION_DUE,
            "5 U.S.C. 552(a)(6)(A)(ii)", Period.workingDays(20), EndRule.NEXT_WORKING_DAY, null);

    static final Text FIRST_DUE_DATE = new Text("échéance initiale de la réponse", "initial response due date");

    private UsFoiaRules() {
    }

    static void chain(Procedure procedure, ChainBuilder out) {
        LocalDate received = procedure.dateOf(REQUEST_RECEIVED);
        Deadline due = null;
        if (received != null) {
            Deadline response = DeadlineMaker.make(procedure, responseRule(received), REQUEST_RECEIVED.label(), received);
            due = response;
            LocalDate notified = procedure.dateOf(EXTENSION_NOTIFIED);
            if (notified == null) {
                out.add(response);
            } else {
                Deadline extended = DeadlineMaker.make(procedure, EXTENDED, FIRST_DUE_DATE, response.date());
                Extension.apply(out, response, notified, extended);
                due = notified.isAfter(response.date()) ? response : extended;
            }
        }
        LocalDate adverse = procedure.dateOf(ADVERSE_DETERMINATION);
        if (adverse != null) {
            out.add(appealBy(procedure, out, received, adverse));
        }
        LocalDate appeal = procedure.dateOf(APPEAL_RECEIVED);
        Deadline appealDecision = null;
        if (appeal != null) {
            appealDecision = DeadlineMaker.make(procedure, APPEAL_DECISION, APPEAL_RECEIVED.label(), appeal);
            out.add(appealDecision);
        }
        UsSuit.chain(procedure, out, due, appealDecision);
    }

    static DeadlineSpec responseRule(LocalDate received) {
        return received.isBefore(TWENTY_DAYS_FROM) ? RESPONSE_BEFORE_1997 : RESPONSE;
    }

    /** Null, with a warning, for a request made before the statute set the appeal time; the date of a later request unknown, the statute's. */
    private static Deadline appealBy(Procedure procedure, ChainBuilder out, LocalDate received, LocalDate adverse) {
        LocalDate made = received != null ? received : adverse;
        if (!made.isAfter(NINETY_DAY_APPEAL_AFTER)) {
            out.warn(WarningCode.APPEAL_PERIOD_SET_BY_AGENCY, ADVERSE_DETERMINATION, adverse, NINETY_DAY_APPEAL_AFTER);
            return null;
        }
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
