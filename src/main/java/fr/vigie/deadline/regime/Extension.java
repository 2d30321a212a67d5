package fr.vigie.deadline.regime;

import fr.vigie.deadline.AlsoPossible;
import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.EventType;
import fr.vigie.deadline.WarningCode;
import java.time.LocalDate;

/**
 * A notified extension of the response period (GDPR art. 12(3); 5 U.S.C. 552(a)(6)(B)(i)). It
 * only extends a period that has not yet run out: notified after the first due date, it is not
 * valid, the extended key is left out, its date only shown beside the first one, and a warning says
 * so. An error would refuse to record something that really happened.
 */
final class Extension {

    private Extension() {
    }

    /** Adds [response, extended] when the extension was notified in time, else [response with the extended date as information]. */
    static void apply(ChainBuilder out, Deadline response, LocalDate notified, Deadline extended) {
        if (!notified.isAfter(response.date())) {
            out.add(response).add(extended);
            return;
        }
        out.warn(WarningCode.LATE_EXTENSION, EventType.EXTENSION_NOTIFIED, notified, response.date());
        out.add(response.withAlsoPossible(new AlsoPossible(extended.date(),
                "prolongation notifiée le " + notified + ", après l'échéance du délai initial : non valable (date si elle était admise)",
                "extension notified on " + notified + ", after the first period had run out: not valid (date if it were accepted)")));
    }
}
