package fr.vigie.deadline;

import fr.vigie.deadline.period.SuspensionWindow;
import java.util.List;

/**
 * What the engine computes from. Validated by the engine, which names the faulty field.
 *
 * @param regime             the law
 * @param territory          where the body sits: a French territory code ({@link Territory#parse}) for the French
 *                           regimes, an ISO 3166-2 Land code (DE-NW) for DE_IFG; null or blank for national
 * @param events             the known events, any subset, in any order, each type once
 * @param acknowledged       FR_CRPA: whether a compliant acknowledgement was received (null = unknown; policy F)
 * @param suspensions        suspension windows (policy G), usually empty
 * @param requesterResidence French regimes: where the requester lives (CJA R421-7); null when not given: METROPOLE,
 *                           except before an overseas tribunal, where the act-by date is the earliest (no distance
 *                           period) and the date with it is shown beside
 */
public record ProcedureInput(Regime regime, String territory, List<ProcedureEvent> events, Boolean acknowledged,
                             List<SuspensionWindow> suspensions, Residence requesterResidence) {

    public ProcedureInput(Regime regime, String territory, List<ProcedureEvent> events, Boolean acknowledged,
                          List<SuspensionWindow> suspensions) {
        this(regime, territory, events, acknowledged, suspensions, null);
    }

    public static ProcedureInput of(Regime regime, String territory, List<ProcedureEvent> events) {
        return new ProcedureInput(regime, territory, events, null, List.of(), null);
    }

    public ProcedureInput withAcknowledged(Boolean value) {
        return new ProcedureInput(regime, territory, events, value, suspensions, requesterResidence);
    }

    public ProcedureInput withSuspensions(List<SuspensionWindow> windows) {
        return new ProcedureInput(regime, territory, events, acknowledged, windows, requesterResidence);
    }

    public ProcedureInput withRequesterResidence(Residence residence) {
        return new ProcedureInput(regime, territory, events, acknowledged, suspensions, residence);
    }
}
