package fr.vigie.mail;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import fr.vigie.app.AppClock;
import fr.vigie.app.FormCode;
import fr.vigie.app.Refusal;
import fr.vigie.app.Violation;
import fr.vigie.letter.KeptLetter;
import fr.vigie.request.RequestReader;

/**
 * Puts a message in the outbox, in the caller's transaction: the decision to send and the row the sender reads
 * commit together, or neither does. Nothing reaches a server here; {@link MailSender} sends after the commit.
 */
@ApplicationScoped
public class MailOutbox {

    public static final int MAX_SUBJECT = 300;
    public static final int MAX_TEXT = 100_000;

    /** A message as typed: the recipient, the subject, the text, and optionally a kept letter to attach. */
    public record Draft(String to, String subject, String text, Long letterId) {
    }

    private final MailSettings settings;
    private final MailKeys keys;
    private final RequestReader reader;
    private final AppClock clock;
    private final Event<MailQueued> queued;

    MailOutbox(MailSettings settings, MailKeys keys, RequestReader reader, AppClock clock, Event<MailQueued> queued) {
        this.settings = settings;
        this.keys = keys;
        this.reader = reader;
        this.clock = clock;
        this.queued = queued;
    }

    @Transactional
    public MailMessage enqueue(long requestId, Draft draft, long actorId) {
        reader.get(requestId); // 404 for an unknown request
        if (!settings.canSend()) {
            throw Refusal.invalid("to", MailCode.NOT_CONFIGURED);
        }
        List<Violation> violations = new ArrayList<>();
        if (MailSettings.address(draft.to()) == null) {
            violations.add(Violation.of("to", draft.to() == null || draft.to().isBlank() ? FormCode.REQUIRED : MailCode.BAD_ADDRESS));
        }
        String subject = draft.subject() == null ? "" : draft.subject().strip();
        if (subject.isEmpty()) {
            violations.add(Violation.of("subject", FormCode.REQUIRED));
        } else if (subject.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029)) {
            violations.add(Violation.of("subject", MailCode.HEADER_BREAK)); // a header injection attempt, or a paste
        } else if (subject.length() > MAX_SUBJECT) {
            violations.add(Violation.of("subject", FormCode.TOO_LONG, MAX_SUBJECT));
        }
        String text = draft.text() == null ? "" : draft.text().replace("\r\n", "\n").strip();
        if (text.length() > MAX_TEXT) {
            violations.add(Violation.of("text", FormCode.TOO_LONG, MAX_TEXT));
        } else if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7f)) {
            violations.add(Violation.of("text", FormCode.FORBIDDEN_CHARACTERS));
        }
        KeptLetter letter = null;
        if (draft.letterId() != null) {
            letter = KeptLetter.findById(draft.letterId());
            if (letter == null || letter.requestId != requestId) {
                throw Refusal.notFound("letterId");
            }
        }
        Refusal.throwIfAny(violations);
        if (text.isEmpty()) {
            if (letter == null) {
                throw Refusal.invalid("text", FormCode.REQUIRED);
            }
            text = letter.text;
        }
        String key = keys.of(requestId);
        MailMessage m = new MailMessage();
        m.direction = MailMessage.OUT;
        m.status = MailStatus.PENDING;
        m.requestId = requestId;
        m.letterId = letter == null ? null : letter.id;
        m.messageId = "vigie." + MailKeys.random(20) + "@" + settings.domain();
        m.from = settings.from();
        m.to = MailSettings.address(draft.to()).getAddress();
        m.subject = subject.contains("[réf. " + key + "]") ? subject : subject + " [réf. " + key + "]";
        m.text = text;
        m.attachmentNames = letter == null ? null : MailComposer.letterFileName(letter);
        m.nextAttemptAt = clock.now();
        m.createdBy = actorId;
        m.createdAt = clock.now();
        m.persist();
        queued.fire(new MailQueued(m.id));
        return m;
    }

    /**
     * Puts a notice to a user (a digest, a reminder) in the outbox, in the caller's transaction. The subject and text
     * are Vigie's own (never a body's words); line breaks cannot reach the subject header.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public MailMessage notice(long userId, String to, String subject, String text) {
        MailMessage m = new MailMessage();
        m.direction = MailMessage.OUT;
        m.status = MailStatus.PENDING;
        m.noticeUserId = userId;
        m.messageId = "vigie." + MailKeys.random(20) + "@" + settings.domain();
        m.from = settings.from();
        m.to = to;
        String line = subject.replaceAll("[\\p{Cntrl}\u2028\u2029]", " ").strip();
        m.subject = line.length() > MAX_SUBJECT ? line.substring(0, MAX_SUBJECT) : line;
        m.text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        m.nextAttemptAt = clock.now();
        m.createdBy = userId;
        m.createdAt = clock.now();
        m.persist();
        queued.fire(new MailQueued(m.id));
        return m;
    }

    /** Puts a failed or uncertain message back in the outbox, for a new round of attempts (a person's click). */
    @Transactional
    public MailMessage retry(long mailId) {
        MailMessage m = MailMessage.findById(mailId);
        if (m == null || !m.outgoing() || m.notice()) {
            throw Refusal.notFound("id");
        }
        if (m.status == MailStatus.SENT || m.status == MailStatus.SENDING) {
            throw new Refusal(Refusal.Kind.CONFLICT, List.of(Violation.of("id", MailCode.WRONG_STATUS, m.status.name())));
        }
        m.status = MailStatus.PENDING;
        m.attempts = 0;
        m.nextAttemptAt = clock.now();
        m.claimedBy = null;
        m.claimedUntil = null;
        queued.fire(new MailQueued(m.id));
        return m;
    }
}
