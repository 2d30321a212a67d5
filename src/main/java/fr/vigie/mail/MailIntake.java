package fr.vigie.mail;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

import fr.vigie.app.AppClock;
import fr.vigie.letter.Sha256;
import fr.vigie.request.procedure.RequestEventType;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Incoming mail in two steps, each its own transaction. {@link #keep} stores the raw bytes before anything else
 * (with the mailbox's progress, so a kept message is never fetched again); {@link #process} reads and matches a
 * kept message. A crash between the two leaves a KEPT row that the next run processes: once, whatever happens.
 */
@ApplicationScoped
public class MailIntake {

    private static final Logger LOG = Logger.getLogger(MailIntake.class);

    /** Where a message comes from: a mailbox and its UIDs, or an import (no UID). */
    public record Source(String mailbox, Long uidValidity, Long uid) {
        static Source imported() {
            return new Source("import", null, null);
        }
    }

    private final MailMatcher matcher;
    private final AppClock clock;
    private final Event<MailChanged> changed;

    MailIntake(MailMatcher matcher, AppClock clock, Event<MailChanged> changed) {
        this.matcher = matcher;
        this.clock = clock;
        this.changed = changed;
    }

    /**
     * Keeps a message's raw bytes; returns its id, or null when it is already kept (same UID, or same bytes).
     * {@code tooLarge} keeps only what the headers say, for a person to see, with the reason.
     */
    public Long keep(Source source, byte[] raw, String tooLarge) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (source.uid() != null && MailMessage.count("mailbox = ?1 and uidValidity = ?2 and uid = ?3", source.mailbox(),
                        source.uidValidity(), source.uid()) > 0) {
                    return null;
                }
                String sha = raw == null ? null : Sha256.of(raw);
                if (sha != null && MailMessage.count("direction = ?1 and rawSha256 = ?2", MailMessage.IN, sha) > 0) {
                    advance(source);
                    return null; // the same bytes again (a mailbox whose UIDVALIDITY changed, an import repeated)
                }
                MailMessage m = new MailMessage();
                m.direction = MailMessage.IN;
                m.status = tooLarge == null ? MailStatus.KEPT : MailStatus.INBOX;
                m.mailbox = source.mailbox();
                m.uidValidity = source.uidValidity();
                m.uid = source.uid();
                m.rawSha256 = sha;
                m.rawSize = raw == null ? null : (long) raw.length;
                m.lastError = tooLarge;
                m.subject = tooLarge == null ? null : "";
                m.createdAt = clock.now();
                m.persist();
                if (raw != null) {
                    MailRaw.of(m.id, raw).persist();
                }
                advance(source);
                return m.id;
            });
        } catch (PersistenceException e) {
            // another instance kept the same UID at the same moment: the unique index let one through
            LOG.debugf("message %s/%s already kept by another instance", source.mailbox(), source.uid());
            return null;
        }
    }

    private static void advance(Source source) {
        if (source.uid() != null) {
            MailMailbox.update("lastUid = ?1 where name = ?2 and uidValidity = ?3 and lastUid < ?1", source.uid(),
                    source.mailbox(), source.uidValidity());
        }
    }

    /** Reads and matches every kept message; returns how many. */
    public int processKept() {
        List<Long> kept = QuarkusTransaction.requiringNew().call(() -> MailMessage.<MailMessage>find(
                "direction = ?1 and status = ?2 order by id", MailMessage.IN, MailStatus.KEPT).page(0, 500).list()
                .stream().map(m -> m.id).toList());
        int done = 0;
        for (long id : kept) {
            done += process(id) ? 1 : 0;
        }
        return done;
    }

    /** Reads a kept message and files it: MATCHED to a request, or INBOX. False if another run did it first. */
    public boolean process(long id) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                MailMessage m = MailMessage.findById(id);
                if (m == null || m.status != MailStatus.KEPT) {
                    return false;
                }
                MailRaw raw = MailRaw.findById(id);
                ParsedMail mail = MailParser.parse(raw.content);
                m.from = cut(mail.from(), 400);
                m.to = cut(String.join(", ", mail.recipients()), 1000);
                m.subject = cut(mail.subject(), 500);
                m.text = mail.text();
                m.messageId = mail.messageId();
                m.date = mail.date() == null || mail.date().isAfter(clock.now().plusSeconds(86_400)) ? clock.now() : mail.date();
                m.replyRefs = cut(String.join(" ", mail.references()), 2000);
                m.attachmentNames = cut(String.join("\n", mail.attachments().stream().map(a -> a.name().replace('\n', ' ')).toList()), 2000);
                RequestEventType suggested = Suggestions.suggest(m.subject, m.text, mail.attachments().size());
                m.suggestedType = suggested == null ? null : suggested.name();
                m.lastError = mail.problems().isEmpty() ? null : cut(String.join("; ", mail.problems()), 500);
                MailMatcher.Match match = matcher.match(mail);
                m.requestId = match.requestId();
                m.matchReason = match.reason();
                m.hintRequestId = match.hintRequestId();
                m.status = match.requestId() == null ? MailStatus.INBOX : MailStatus.MATCHED;
                if (match.requestId() != null) {
                    changed.fire(new MailChanged(match.requestId()));
                }
                return true;
            });
        } catch (OptimisticLockException e) {
            return false; // processed by another instance meanwhile
        }
    }

    static String cut(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }

    Instant now() {
        return clock.now();
    }
}
