package fr.vigie.deadline.regime;

import fr.vigie.deadline.DeadlineChain;

/** Dispatches a validated procedure to the rules of its regime. */
public final class RegimeRules {

    private RegimeRules() {
    }

    /** The deadlines of the procedure, in the order of the procedure, and its warnings. */
    public static DeadlineChain chain(Procedure procedure) {
        ChainBuilder out = new ChainBuilder();
        switch (procedure.regime()) {
            case FR_CRPA -> CrpaRules.chain(procedure, out);
            case FR_GDPR -> GdprRules.chain(procedure, out);
            case US_FOIA -> UsFoiaRules.chain(procedure, out);
            case UK_FOIA -> UkFoiaRules.chain(procedure, out);
            case DE_IFG -> IfgRules.chain(procedure, out);
        }
        return out.build();
    }
}
