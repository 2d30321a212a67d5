package fr.vigie.letter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.account.AppUser;
import fr.vigie.app.AppClock;
import fr.vigie.web.ConflictException;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.InvalidInputException;

/**
 * Marks a kept letter sent: records its event (CADA_REFERRAL_SENT...) with the letter's PDF attached, on the
 * request and, for a grouped referral, on every request it covers; all in one transaction.
 */
@ApplicationScoped
public class LetterSendings {

    private final LetterService letters;
    private final SentRecorder recorder;
    private final AppClock clock;
    private final CurrentLocale locale;

    public LetterSendings(LetterService letters, SentRecorder recorder, AppClock clock, CurrentLocale locale) {
        this.letters = letters;
        this.recorder = recorder;
        this.clock = clock;
        this.locale = locale;
    }

    /**
     * Keeps a letter and marks it sent on {@code sentOn}, in one transaction: when the procedure refuses the
     * event, nothing is kept (the error names {@code sentOn} for a bad date).
     */
    @Transactional
    public KeptLetter keepAndSend(long requestId, LetterService.KeepInput input, String sentOn, long actorId, Long version) {
        LocalDate date = date("sentOn", sentOn);
        KeptLetter letter = letters.keep(requestId, input, actorId);
        markSent(requestId, letter.id, date.toString(), actorId, version);
        return letter;
    }

    /** @return the ids of the events recorded (none for a letter without an event) */
    @Transactional
    public List<Long> markSent(long requestId, long letterId, String date, long actorId, Long version) {
        KeptLetter letter = letters.keptLetter(requestId, letterId);
        LocalDate sentOn = date("date", date);
        if (LetterSending.findById(letter.id) != null) {
            throw new ConflictException(locale.bundle(LetterMsg.class).v_already_sent());
        }
        List<Long> events = new ArrayList<>();
        if (letter.kind.eventType() != null) {
            byte[] pdf = LetterPdf.render(letter.printed());
            String name = letter.kind.slug() + "-" + letter.letterDate + ".pdf";
            String note = "Lettre n° " + letter.id + " (" + letter.kind.name() + "), SHA-256 " + letter.sha256;
            events.add(recorder.record(requestId, letter.kind.eventType(), sentOn.toString(), letter.channel, note, name,
                    pdf, actorId, version));
            for (long other : letter.groupedRequestIds()) {
                events.add(recorder.record(other, letter.kind.eventType(), sentOn.toString(), letter.channel, note, name,
                        pdf, actorId, null));
            }
        }
        LetterSending sending = new LetterSending();
        sending.letterId = letter.id;
        sending.sentOn = sentOn;
        sending.eventId = events.isEmpty() ? null : events.get(0);
        sending.recordedBy = AppUser.findById(actorId);
        sending.recordedAt = clock.now();
        sending.persist();
        return events;
    }

    private LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return clock.today();
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isAfter(clock.today())) {
                throw InvalidInputException.of(field, locale.bundle(LetterMsg.class).v_date());
            }
            return date;
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, locale.bundle(LetterMsg.class).v_date());
        }
    }
}
