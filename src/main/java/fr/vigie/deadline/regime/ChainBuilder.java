package fr.vigie.deadline.regime;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineChain;
import fr.vigie.deadline.EventType;
import fr.vigie.deadline.Warning;
import fr.vigie.deadline.WarningCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects a chain's deadlines in the order of the procedure, and its warnings. */
final class ChainBuilder {

    private final List<Deadline> deadlines = new ArrayList<>(8);
    private final List<Warning> warnings = new ArrayList<>(2);

    /** Adds the deadline; null (a deadline whose trigger is unknown) adds nothing. */
    ChainBuilder add(Deadline deadline) {
        if (deadline != null) {
            deadlines.add(deadline);
        }
        return this;
    }

    void warn(WarningCode code, EventType event, LocalDate date, LocalDate reference) {
        warnings.add(new Warning(code, event, date, reference));
    }

    DeadlineChain build() {
        return new DeadlineChain(deadlines, warnings);
    }
}
