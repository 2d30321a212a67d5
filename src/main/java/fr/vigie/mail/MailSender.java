package fr.vigie.mail;

import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.jboss.logging.Logger;

import fr.vigie.app.AppClock;
import fr.vigie.letter.KeptLetter;
import fr.vigie.letter.LetterPdf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the outbox. Each message is claimed first (PENDING → SENDING, a conditional update that one instance
 * wins), then sent, then recorded SENT with its raw bytes and its event. A sender that dies while talking to
 * the server leaves SENDING behind: after the lease that message becomes UNCERTAIN and is never resent by
 * itself (it may have left), so a crash or a second instance never sends twice. Refusals the server may lift
 * (down, 4xx) are retried with a doubling wait; 5xx refusals fail at once.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final Duration MAX_WAIT = Duration.ofHours(1);
    /** Who holds a claim: this instance (a random name, new at each start). */
    static final String INSTANCE = UUID.randomUUID().toString();

    private final MailSettings settings;
    private final SentMailRecorder recorder;
    private final AppClock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigie-mail-sender");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wanted = new AtomicBoolean();

    MailSender(MailSettings settings, SentMailRecorder recorder, AppClock clock) {
        this.settings = settings;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** After the commit that queued a message: send it now, on the worker thread. */
    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        if (settings.canSend() && wanted.compareAndSet(false, true)) {
            worker.execute(() -> {
                wanted.set(false);
                try {
                    sendDue();
                } catch (RuntimeException e) {
                    LOG.warn("outbox run failed, the next tick retries", e);
                }
            });
        }
    }

    @Scheduled(every = "15s", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (settings.canSend()) {
            sendDue();
        }
    }

    /** Sends every message due now; returns how many were sent. */
    public int sendDue() {
        return sendDue(clock.now());
    }

    synchronized int sendDue(Instant now) {
        QuarkusTransaction.requiringNew().run(() -> MailMessage.update("status = ?1, lastError = ?2, claimedBy = null, "
                + "claimedUntil = null, version = version + 1 where direction = ?3 and status = ?4 and claimedUntil < ?5",
                MailStatus.UNCERTAIN, "interrupted while sending", MailMessage.OUT, MailStatus.SENDING, now));
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> MailMessage.<MailMessage>find(
                "direction = ?1 and status = ?2 and nextAttemptAt <= ?3 order by id", MailMessage.OUT, MailStatus.PENDING, now)
                .page(0, 100).list().stream().map(m -> m.id).toList());
        int sent = 0;
        for (long id : due) {
            if (claim(id, now)) {
                Delivery delivery = deliver(id);
                if (delivery == Delivery.SERVER_DOWN) {
                    break; // the others would fail the same way: they wait for their next attempt
                }
                sent += delivery == Delivery.SENT ? 1 : 0;
            }
        }
        return sent;
    }

    boolean claim(long id, Instant now) {
        Instant until = now.plus(settings.timeout().multipliedBy(4)).plusSeconds(60);
        return QuarkusTransaction.requiringNew().call(() -> MailMessage.update("status = ?1, claimedBy = ?2, claimedUntil = ?3, "
                + "attempts = attempts + 1, version = version + 1 where id = ?4 and status = ?5",
                MailStatus.SENDING, INSTANCE, until, id, MailStatus.PENDING)) == 1;
    }

    private enum Delivery { SENT, REFUSED, SERVER_DOWN }

    private Delivery deliver(long id) {
        Session session = settings.smtpSession();
        byte[] raw;
        try {
            raw = compose(session, id);
        } catch (RuntimeException e) {
            // nothing left: the message fails alone, with its reason, and the rest of the outbox goes on
            LOG.warnf(e, "mail %d could not be composed", id);
            unsendable(id, "could not be composed: " + reason(e));
            return Delivery.REFUSED;
        }
        try {
            settings.send(new MimeMessage(session, new ByteArrayInputStream(raw)));
        } catch (MessagingException e) {
            failed(id, e);
            return unreachable(e) ? Delivery.SERVER_DOWN : Delivery.REFUSED;
        }
        recorder.sent(id, raw, clock.now());
        return Delivery.SENT;
    }

    private byte[] compose(Session session, long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MailMessage m = MailMessage.findById(id);
            if (m.notice()) { // to a user: replies go to the sender's address, and the message says how to stop them
                ReminderSettings to = ReminderSettings.findById(m.noticeUserId);
                String unsubscribe = to == null ? null : settings.publicBase() + "/mail/unsubscribe/" + to.unsubscribeToken();
                return MailComposer.compose(session, m, settings.from(), null, null, clock.now(), unsubscribe);
            }
            KeptLetter letter = m.letterId == null ? null : KeptLetter.findById(m.letterId);
            byte[] pdf = letter == null ? null : LetterPdf.render(letter.printed());
            String name = letter == null ? null : MailComposer.letterFileName(letter);
            return MailComposer.compose(session, m, settings.replyAddress(recorder.keyOf(m.requestId)), name, pdf, clock.now(),
                    null);
        });
    }

    /** A message that cannot be built never left: FAILED, not UNCERTAIN, and not retried by itself. */
    private void unsendable(long id, String reason) {
        QuarkusTransaction.requiringNew().run(() -> MailMessage.update("status = ?1, lastError = ?2, claimedBy = null, "
                + "claimedUntil = null, version = version + 1 where id = ?3 and status = ?4 and claimedBy = ?5",
                MailStatus.FAILED, reason, id, MailStatus.SENDING, INSTANCE));
    }

    private void failed(long id, MessagingException e) {
        boolean permanent = permanent(e);
        String reason = reason(e);
        QuarkusTransaction.requiringNew().run(() -> {
            MailMessage m = MailMessage.findById(id);
            if (m == null || m.status != MailStatus.SENDING || !INSTANCE.equals(m.claimedBy)) {
                return;
            }
            m.claimedBy = null;
            m.claimedUntil = null;
            m.lastError = reason;
            if (permanent || m.attempts >= settings.maxAttempts()) {
                m.status = MailStatus.FAILED;
            } else {
                m.status = MailStatus.PENDING;
                Duration wait = settings.retryDelay().multipliedBy(1L << Math.min(m.attempts - 1, 20));
                m.nextAttemptAt = clock.now().plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
            }
        });
        LOG.infof("mail %d not sent (%s): %s", id, permanent ? "refused" : "will retry", reason);
    }

    /** A 5xx answer (unknown recipient, refused content) will not change by waiting; anything else may. */
    static boolean permanent(MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPSendFailedException s) {
                return s.getReturnCode() >= 500;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return false;
            }
            if (t instanceof SendFailedException s && s.getInvalidAddresses() != null && s.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    static boolean unreachable(MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException && !(t instanceof jakarta.mail.MessagingException)) {
                return true; // refused connection, unknown host, timeout
            }
        }
        return e instanceof jakarta.mail.MessagingException && e.getMessage() != null && e.getMessage().startsWith("Could not connect");
    }

    private static String reason(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e.getCause() != null && e.getCause().getMessage() != null) {
            text += " (" + e.getCause().getMessage() + ")";
        }
        text = text.replaceAll("[\\p{Cntrl}]", " ").strip();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
