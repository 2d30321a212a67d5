package fr.vigie.letter;

import java.time.LocalDate;
import java.util.List;

/** What the letters API answers: records, never entities. */
public final class LetterJson {

    private LetterJson() {
    }

    /** A letter the regime has, with when it is allowed ({@code timing} OPEN, TOO_EARLY, TOO_LATE). */
    public record Allowed(String kind, String label, LocalDate availableFrom, LocalDate actBy, String timing, String reason) {

        static Allowed of(LetterWindow w, LetterMsg msg) {
            return new Allowed(w.kind().name(), LetterLabels.kind(msg, w.kind()), w.from(), w.actBy(), w.timing().name(),
                    w.reason() == null ? null : w.reason().name());
        }
    }

    /** A kept letter; {@code sentOn} is null until it is marked sent. */
    public record Kept(long id, long requestId, String kind, String label, long identityId, String language,
            String channel, LocalDate date, String text, String sha256, List<Long> groupedRequestIds, LocalDate sentOn,
            Long eventId, String createdAt, String pdf) {

        static Kept of(KeptLetter l, LetterMsg msg) {
            LetterSending sent = LetterSending.findById(l.id);
            return new Kept(l.id, l.requestId, l.kind.name(), LetterLabels.kind(msg, l.kind), l.identity.id,
                    l.language.name(), l.channel, l.letterDate, l.text, l.sha256, l.groupedRequestIds(),
                    sent == null ? null : sent.sentOn, sent == null ? null : sent.eventId, l.createdAt.toString(),
                    "/api/v1/requests/" + l.requestId + "/kept-letters/" + l.id + ".pdf");
        }
    }
}
