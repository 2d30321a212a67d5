package fr.vigie.deadline.regime;

import fr.vigie.deadline.AlsoPossible;
import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.Residence;
import fr.vigie.deadline.Text;
import fr.vigie.deadline.period.Period;
import java.time.LocalDate;

/**
 * The distance periods of CJA R421-7 (R811-5 and R821-2 apply them to appeals and cassation): the court
 * period is one month longer for a requester living overseas before a tribunal in metropolitan France or the
 * Conseil d'État, one month longer before an overseas tribunal for a requester living outside its
 * collectivity, two months longer from abroad. They never lengthen the period of a recours gracieux (CE Sect.
 * 5 January 2000 n° 170954) nor the CADA referral (R343-1).
 */
final class Distance {

    /** Where the court that is seized sits. */
    enum Seat {
        /** The tribunal administratif of the body's territory (overseas for an overseas body). */
        BODY_TRIBUNAL,
        /** The Conseil d'État, in Paris. */
        CONSEIL_ETAT
    }

    private Distance() {
    }

    /**
     * The months R421-7 adds for this requester before that court. Living overseas before an overseas tribunal:
     * none (the same collectivity is the earliest reading). Residence not given: none, the earliest reading; before
     * an overseas tribunal the date with one month more is shown beside it.
     */
    static int months(Procedure procedure, Seat seat) {
        boolean overseasCourt = seat == Seat.BODY_TRIBUNAL && procedure.overseasTribunal();
        if (procedure.residence() == null) {
            return 0;
        }
        return switch (procedure.residence()) {
            case METROPOLE -> overseasCourt ? 1 : 0;
            case OVERSEAS -> overseasCourt ? 0 : 1;
            case ABROAD -> 2;
        };
    }

    /** The court period of {@code spec} lengthened by the distance period, with the article in its basis. */
    static DeadlineSpec lengthen(DeadlineSpec spec, Procedure procedure, Seat seat) {
        int months = months(procedure, seat);
        if (months == 0) {
            return spec;
        }
        return new DeadlineSpec(spec.key(), spec.basis() + " ; CJA R421-7", Period.months(spec.period().amount() + months).franc(),
                spec.endRule(), spec.extensionBasis());
    }

    /** The court deadline with its distance period, explained; the other-collectivity case shown beside it. */
    static Deadline make(Procedure procedure, DeadlineSpec spec, Seat seat, Text triggerLabel, LocalDate trigger) {
        Deadline deadline = DeadlineMaker.make(procedure, lengthen(spec, procedure, seat), triggerLabel, trigger);
        Text note = note(procedure, seat);
        if (note != null) {
            deadline = deadline.withNote(note);
        }
        boolean maybeElsewhere = procedure.residence() == null || procedure.residence() == Residence.OVERSEAS;
        if (maybeElsewhere && seat == Seat.BODY_TRIBUNAL && procedure.overseasTribunal()) {
            DeadlineSpec longer = new DeadlineSpec(spec.key(), spec.basis(), Period.months(spec.period().amount() + 1).franc(),
                    spec.endRule(), spec.extensionBasis());
            deadline = deadline.withAlsoPossible(new AlsoPossible(DeadlineMaker.make(procedure, longer, triggerLabel, trigger).date(),
                    "si vous demeurez hors de la collectivité où siège le tribunal (en métropole ou ailleurs outre-mer) : + 1 mois "
                            + "(CJA R421-7 al. 2)",
                    "if you live outside the collectivity where the tribunal sits (in metropolitan France or elsewhere overseas): "
                            + "+ 1 month (CJA R421-7 para. 2)"));
        }
        return deadline;
    }

    private static Text note(Procedure procedure, Seat seat) {
        int months = months(procedure, seat);
        if (months == 0) {
            return null;
        }
        return switch (procedure.residence()) {
            case ABROAD -> new Text("Délai de distance (CJA R421-7 al. 3) : + 2 mois, vous demeurez à l'étranger.",
                    "Distance period (CJA R421-7 para. 3): + 2 months, you live abroad.");
            case OVERSEAS -> new Text("Délai de distance (CJA R421-7 al. 1) : + 1 mois, vous demeurez outre-mer et la juridiction "
                    + "siège en métropole.", "Distance period (CJA R421-7 para. 1): + 1 month, you live overseas and the court sits in "
                    + "metropolitan France.");
            case METROPOLE -> new Text("Délai de distance (CJA R421-7 al. 2) : + 1 mois, le tribunal siège outre-mer et vous demeurez "
                    + "hors de sa collectivité.", "Distance period (CJA R421-7 para. 2): + 1 month, the tribunal sits overseas and you "
                    + "live outside its collectivity.");
        };
    }
}
