package fr.vigie.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Dates the law of a regime cannot apply to. An event before the law existed (or before the rule the engine
 * applies to it) is refused naming its field and the law that applied then; dates more than 15 years apart
 * within one procedure are refused as a likely typing error (no procedure here lasts that long: the longest
 * periods are the one-year limits and the US six years).
 */
final class LawInForce {

    /** The widest span of one procedure's dates. */
    static final int MAX_SPAN_YEARS = 15;

    private record Start(LocalDate first, String beforeFr, String beforeEn) {
    }

    private static final Map<Regime, Start> STARTS = Map.of(
            Regime.FR_CRPA, new Start(LocalDate.of(1978, 7, 17),
                    "le droit d'accès aux documents administratifs date de la loi n° 78-753 du 17 juillet 1978 ; aucun texte général ne l'ouvrait avant",
                    "the right of access to administrative documents dates from loi no. 78-753 of 17 July 1978; no general law granted it before"),
            Regime.FR_GDPR, new Start(LocalDate.of(2018, 5, 25),
                    "le RGPD s'applique depuis le 25 mai 2018 (art. 99(2)) ; avant, le droit d'accès relevait de l'article 39 de la loi n° 78-17 "
                            + "du 6 janvier 1978 (directive 95/46/CE)",
                    "the GDPR applies from 25 May 2018 (art. 99(2)); before, the right of access was article 39 of loi no. 78-17 of "
                            + "6 January 1978 (Directive 95/46/EC)"),
            Regime.US_FOIA, new Start(LocalDate.of(1975, 2, 19),
                    "les délais de 5 U.S.C. 552(a)(6) datent des amendements de 1974 (Pub. L. 93-502), en vigueur le 19 février 1975 ; "
                            + "de 1967 à cette date le FOIA ne fixait aucun délai",
                    "the time limits of 5 U.S.C. 552(a)(6) come from the 1974 amendments (Pub. L. 93-502), in force on 19 February 1975; "
                            + "from 1967 to then the FOIA set no time limit"),
            Regime.UK_FOIA, new Start(LocalDate.of(2005, 1, 1),
                    "le droit d'accès du Freedom of Information Act 2000 (s.1) est en vigueur depuis le 1er janvier 2005 ; avant s'appliquait "
                            + "le Code of Practice on Access to Government Information (1994, 2e éd. 1997), sans force de loi",
                    "the right of access of the Freedom of Information Act 2000 (s.1) is in force since 1 January 2005; before, the "
                            + "non-statutory Code of Practice on Access to Government Information (1994, 2nd ed. 1997) applied"),
            Regime.DE_IFG, new Start(LocalDate.of(2006, 1, 1),
                    "l'IFG est en vigueur depuis le 1er janvier 2006 (§15) ; avant, aucun droit général d'accès aux informations fédérales, "
                            + "seulement des lois sectorielles (Umweltinformationsgesetz)",
                    "the IFG is in force since 1 January 2006 (§15); before, there was no general right of access to federal "
                            + "information, only sectoral laws (Umweltinformationsgesetz)"));

    /** Décret 2019-536, in force 1 June 2019, art. 142: the CNIL's four months for an indirect access. */
    static final LocalDate INDIRECT_ACCESS_PERIOD = LocalDate.of(2019, 6, 1);

    private LawInForce() {
    }

    /** The first day the engine accepts for an event of that regime. */
    static LocalDate firstDay(Regime regime) {
        return STARTS.get(regime).first();
    }

    /** Refuses an event dated before its regime's law (or the rule the engine applies to it). */
    static void check(Regime regime, EventType type, LocalDate date, String field) {
        Start start = STARTS.get(regime);
        if (date.isBefore(start.first())) {
            throw new InvalidProcedureException(field, date + " : date antérieure au régime " + regime + " — " + start.beforeFr(),
                    date + ": before regime " + regime + " existed — " + start.beforeEn());
        }
        if (type == EventType.INDIRECT_ACCESS_REQUESTED && date.isBefore(INDIRECT_ACCESS_PERIOD)) {
            throw new InvalidProcedureException(field,
                    date + " : le délai de quatre mois de l'accès indirect (décret n° 2019-536, art. 142) s'applique depuis le 1er juin 2019 ; "
                            + "avant s'appliquait le décret n° 2005-1309, dont le moteur ne connaît pas les délais",
                    date + ": the four-month period of the indirect access (décret no. 2019-536, art. 142) applies from 1 June 2019; "
                            + "before, décret no. 2005-1309 applied, whose periods the engine does not know");
        }
    }

    /** Refuses the latest event when it is more than {@link #MAX_SPAN_YEARS} years after the earliest one. */
    static void checkSpan(List<ProcedureEvent> events) {
        int first = 0;
        int last = 0;
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).date().isBefore(events.get(first).date())) {
                first = i;
            }
            if (events.get(i).date().isAfter(events.get(last).date())) {
                last = i;
            }
        }
        ProcedureEvent earliest = events.isEmpty() ? null : events.get(first);
        ProcedureEvent latest = events.isEmpty() ? null : events.get(last);
        if (earliest != null && latest.date().isAfter(earliest.date().plusYears(MAX_SPAN_YEARS))) {
            throw new InvalidProcedureException("events[" + last + "].date",
                    "« " + latest.type().label().fr() + " » (" + latest.date() + ") tombe plus de " + MAX_SPAN_YEARS + " ans après « "
                            + earliest.type().label().fr() + " » (" + earliest.date() + ") : probablement une faute de frappe",
                    "\"" + latest.type().label().en() + "\" (" + latest.date() + ") is more than " + MAX_SPAN_YEARS + " years after \""
                            + earliest.type().label().en() + "\" (" + earliest.date() + "): probably a typing error");
        }
    }
}
