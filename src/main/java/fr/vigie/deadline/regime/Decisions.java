package fr.vigie.deadline.regime;

import fr.vigie.deadline.EventType;
import fr.vigie.deadline.Text;
import fr.vigie.deadline.WarningCode;
import java.time.LocalDate;

/**
 * Which of an implicit and an express decision on the same demand the period runs from. CJA R421-2 al. 1:
 * an express rejection made before the period against the implicit one has run out restarts it; made after,
 * it merely confirms a decision that has become final and reopens nothing (warning CONFIRMATORY_DECISION).
 */
final class Decisions {

    /** A decision the requester can challenge: its date, its label, and the express event it is (null: implicit). */
    record Decision(LocalDate date, Text label, EventType express) {

        boolean isImplicit() {
            return express == null;
        }
    }

    private Decisions() {
    }

    /**
     * @param implicitLimit the last day of the period against the implicit decision (null when it is unknown)
     * @return the decision the period runs from, or null when neither is known
     */
    static Decision effective(ChainBuilder out, LocalDate implicit, Text implicitLabel, LocalDate implicitLimit,
                              EventType expressType, LocalDate express) {
        if (express == null) {
            return implicit == null ? null : new Decision(implicit, implicitLabel, null);
        }
        if (implicit == null || implicitLimit == null || !express.isAfter(implicitLimit)) {
            return new Decision(express, expressType.label(), expressType);
        }
        out.warn(WarningCode.CONFIRMATORY_DECISION, expressType, express, implicitLimit);
        return new Decision(implicit, implicitLabel, null);
    }
}
