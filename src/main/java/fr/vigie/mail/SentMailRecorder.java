package fr.vigie.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;

import fr.vigie.account.AppUser;
import fr.vigie.app.AppClock;
import fr.vigie.app.Refusal;
import fr.vigie.letter.KeptLetter;
import fr.vigie.letter.LetterSending;
import fr.vigie.letter.Sha256;
import fr.vigie.letter.LetterPdf;
import fr.vigie.request.EventForm;
import fr.vigie.request.RequestEvent;
import fr.vigie.request.RequestService;
import fr.vigie.request.document.Upload;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Records a message the server accepted: SENT with its raw bytes and their SHA-256, and, through the request
 * writer, its event (the letter's: SENT, CADA_REFERRAL_SENT...) dated the day of acceptance, with the letter's
 * PDF and the raw message as documents. When the procedure refuses the event (already sent...), the message
 * stays SENT and the raw message is attached alone, with the reason shown on the outbox.
 */
@ApplicationScoped
public class SentMailRecorder {

    private static final Logger LOG = Logger.getLogger(SentMailRecorder.class);

    private final RequestService requests;
    private final MailKeys keys;
    private final AppClock clock;
    private final Event<MailChanged> changed;

    SentMailRecorder(RequestService requests, MailKeys keys, AppClock clock, Event<MailChanged> changed) {
        this.requests = requests;
        this.keys = keys;
        this.clock = clock;
        this.changed = changed;
    }

    String keyOf(long requestId) {
        return keys.of(requestId);
    }

    void sent(long id, byte[] raw, Instant acceptedAt) {
        boolean notice = QuarkusTransaction.requiringNew().call(() -> MailMessage.<MailMessage>findById(id).notice());
        if (notice) { // a digest or reminder to a user: kept as sent, no request event
            QuarkusTransaction.requiringNew().run(() -> markSent(id, raw, acceptedAt));
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                MailMessage m = markSent(id, raw, acceptedAt);
                recordEvent(m, raw, acceptedAt);
            });
        } catch (Refusal e) {
            String reason = "event not recorded: " + e.getMessage();
            QuarkusTransaction.requiringNew().run(() -> {
                MailMessage m = markSent(id, raw, acceptedAt);
                m.lastError = reason.length() > 500 ? reason.substring(0, 500) : reason;
                try {
                    m.documentId = QuarkusTransaction.requiringNew().call(() -> requests.attach(m.requestId, null,
                            Upload.of(emlName(m), raw), m.createdBy).id);
                } catch (Refusal tooLarge) {
                    LOG.infof("raw message %d kept in the outbox only: %s", id, tooLarge.getMessage());
                }
            });
        }
    }

    private MailMessage markSent(long id, byte[] raw, Instant acceptedAt) {
        MailMessage m = MailMessage.findById(id);
        m.status = MailStatus.SENT;
        m.sentAt = acceptedAt;
        m.date = acceptedAt;
        m.claimedBy = null;
        m.claimedUntil = null;
        m.lastError = null;
        m.rawSize = (long) raw.length;
        m.rawSha256 = Sha256.of(raw);
        MailRaw.of(m.id, raw).persist();
        if (m.requestId != null) {
            changed.fire(new MailChanged(m.requestId));
        }
        return m;
    }

    private void recordEvent(MailMessage m, byte[] raw, Instant acceptedAt) {
        KeptLetter letter = m.letterId == null ? null : KeptLetter.findById(m.letterId);
        LocalDate day = acceptedAt.atZone(clock.zone()).toLocalDate();
        List<Upload> files = new ArrayList<>();
        files.add(Upload.of(emlName(m), raw));
        if (letter == null || letter.kind.eventType() == null || LetterSending.findById(letter.id) != null) {
            m.documentId = requests.attach(m.requestId, null, files.get(0), m.createdBy).id;
            return;
        }
        files.add(0, Upload.of(MailComposer.letterFileName(letter), LetterPdf.render(letter.printed())));
        String type = letter.kind.eventType();
        String note = "Envoyé par courriel à " + m.to + " (Message-ID <" + m.messageId + ">, SHA-256 " + m.rawSha256 + ")";
        EventForm form = new EventForm(type, day.toString(), note, "SENT".equals(type) ? "EMAIL" : null, null, null, null,
                null, null, null);
        RequestEvent event = requests.addEvent(m.requestId, form, files, m.createdBy, null);
        m.eventId = event.id;
        LetterSending sending = new LetterSending();
        sending.letterId = letter.id;
        sending.sentOn = day;
        sending.eventId = event.id;
        sending.recordedBy = AppUser.findById(m.createdBy);
        sending.recordedAt = clock.now();
        sending.persist();
    }

    static String emlName(MailMessage m) {
        return "courriel-" + m.id + ".eml";
    }
}
