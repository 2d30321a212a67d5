package fr.vigie.deadline;

import fr.vigie.deadline.regime.RegimeRules;
import java.util.List;

/**
 * The deadline engine: a pure function of (regime, territory, events, acknowledgement, residence,
 * suspensions). Stateless and thread-safe; dates are always arguments, never "now".
 */
public final class DeadlineEngine {

    /**
     * The deadlines that follow from the known events, in the order of the procedure. A deadline
     * is present as soon as its trigger is known.
     *
     * @throws InvalidProcedureException naming the faulty field
     */
    public List<Deadline> compute(ProcedureInput input) {
        return evaluate(input).deadlines();
    }

    /**
     * The deadlines and the warnings about steps without legal effect (a premature or late referral, a
     * confirmatory refusal...), which the deadlines ignore.
     *
     * @throws InvalidProcedureException naming the faulty field
     */
    public DeadlineChain evaluate(ProcedureInput input) {
        return RegimeRules.chain(ProcedureValidator.validate(input));
    }
}
