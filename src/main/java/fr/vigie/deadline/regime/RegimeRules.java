package fr.vigie.deadline.regime;

import fr.vigie.deadline.Deadline;
import java.util.List;

/** Dispatches a validated procedure to the rules of its regime. */
public final class RegimeRules {

    private RegimeRules() {
    }

    /** The deadlines of the procedure, in the order of the procedure. */
    public static List<Deadline> deadlines(Procedure procedure) {
        return switch (procedure.regime()) {
            case FR_CRPA -> CrpaRules.deadlines(procedure);
            case FR_GDPR -> GdprRules.deadlines(procedure);
            case US_FOIA -> UsFoiaRules.deadlines(procedure);
            case UK_FOIA -> UkFoiaRules.deadlines(procedure);
            case DE_IFG -> IfgRules.deadlines(procedure);
        };
    }
}
