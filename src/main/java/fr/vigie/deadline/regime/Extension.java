package fr.vigie.deadline.regime;

import fr.vigie.deadline.AlsoPossible;
import fr.vigie.deadline.Deadline;
import java.time.LocalDate;
import java.util.List;

/**
 * A notified extension of the response period (GDPR art. 12(3); 5 U.S.C. 552(a)(6)(B)(i)). It
 * only extends a period that has not yet run out: notified after the first due date, it is not
 * valid, the extended key is left out and its date only shown beside the first one. An error
 * would refuse to record something that really happened.
 */
final class Extension {

    private Extension() {
    }

    /** [response, extended] when the extension was notified in time, else [response with the extended date as information]. */
    static List<Deadline> apply(Deadline response, LocalDate notified, Deadline extended) {
        if (!notified.isAfter(response.date())) {
            return List.of(response, extended);
        }
        return List.of(response.withAlsoPossible(new AlsoPossible(extended.date(),
                "prolongation notifiée le " + notified + ", après l'échéance du délai initial : non valable (date si elle était admise)",
                "extension notified on " + notified + ", after the first period had run out: not valid (date if it were accepted)")));
    }
}
