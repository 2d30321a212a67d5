package fr.vigie.deadline;

import fr.vigie.deadline.period.SuspensionWindow;
import java.util.List;

/**
 * What the engine computes from. Validated by the engine, which names the faulty field.
 *
 * @param regime       the law
 * @param territory    a territory code ({@link Territory#parse}), null or blank for national
 * @param events       the known events, any subset, in any order, each type once
 * @param acknowledged FR_CRPA: whether a compliant acknowledgement was received (null = unknown; policy F)
 * @param suspensions  suspension windows (policy G), usually empty
 */
public record ProcedureInput(Regime regime, String territory, List<ProcedureEvent> events, Boolean acknowledged,
                             List<SuspensionWindow> suspensions) {

    public static ProcedureInput of(Regime regime, String territory, List<ProcedureEvent> events) {
        return new ProcedureInput(regime, territory, events, null, List.of());
    }

    public ProcedureInput withAcknowledged(Boolean value) {
        return new ProcedureInput(regime, territory, events, value, suspensions);
    }

    public ProcedureInput withSuspensions(List<SuspensionWindow> windows) {
        return new ProcedureInput(regime, territory, events, acknowledged, windows);
    }
}
