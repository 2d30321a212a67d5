package fr.vigie.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

import fr.vigie.account.AppUser;
import fr.vigie.app.AppClock;
import fr.vigie.request.AccessRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Queues the reminder e-mails that are due, through the outbox. Each is claimed in the transaction that queues
 * it, so that several instances, or a run repeated, queue it once: a digest by the row (user, day) of
 * mail_digest_day (its primary key lets one instance through), a "remind me on..." by a conditional update of
 * its row. A digest is due from the user's hour of the day (in the application's zone); a reminder from that hour
 * on its day, or at once when its day passed unsent. No e-mail when a digest has nothing to say (the day is still
 * claimed, so it is not looked at again).
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    /** What a run queued. */
    public record Ran(int digests, int quietDays, int reminders) {
    }

    private final MailSettings settings;
    private final MailOutbox outbox;
    private final DigestContent content;
    private final NoticeTexts texts;
    private final AppClock clock;

    ReminderJob(MailSettings settings, MailOutbox outbox, DigestContent content, NoticeTexts texts, AppClock clock) {
        this.settings = settings;
        this.outbox = outbox;
        this.content = content;
        this.texts = texts;
        this.clock = clock;
    }

    @Scheduled(every = "60s", delayed = "45s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (settings.canSend()) {
            run(clock.now());
        }
    }

    /** Queues every digest and reminder due at {@code now}. */
    public synchronized Ran run(Instant now) {
        if (!settings.canSend()) {
            return new Ran(0, 0, 0); // nothing claimed: the days wait for a configured server
        }
        ZonedDateTime local = now.atZone(clock.zone());
        LocalDate today = local.toLocalDate();
        int hour = local.getHour();
        int digests = 0;
        int quiet = 0;
        for (long userId : dueDigests(today, hour)) {
            Boolean sent = claimDigest(userId, today);
            digests += Boolean.TRUE.equals(sent) ? 1 : 0;
            quiet += Boolean.FALSE.equals(sent) ? 1 : 0;
        }
        int reminders = 0;
        for (long id : dueReminders(today, hour)) {
            reminders += claimReminder(id, now) ? 1 : 0;
        }
        return new Ran(digests, quiet, reminders);
    }

    /** Users whose digest hour has come and whose day is not yet claimed, in one query. */
    private static List<Long> dueDigests(LocalDate today, int hour) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> ids = MailMessage.getEntityManager().createNativeQuery(
                    "SELECT s.user_id FROM mail_reminder_settings s JOIN app_user u ON u.id = s.user_id "
                    + "WHERE u.enabled = TRUE AND s.digest = TRUE AND s.digest_hour <= ?1 AND NOT EXISTS "
                    + "(SELECT 1 FROM mail_digest_day d WHERE d.user_id = s.user_id AND d.digest_day = ?2) ORDER BY s.user_id")
                    .setParameter(1, hour).setParameter(2, today).getResultList();
            return ids.stream().map(id -> ((Number) id).longValue()).toList();
        });
    }

    /** True: queued; false: nothing to say; null: another instance claimed the day first. */
    Boolean claimDigest(long userId, LocalDate today) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                var em = MailMessage.getEntityManager();
                em.createNativeQuery("INSERT INTO mail_digest_day (user_id, digest_day) VALUES (?1, ?2)").setParameter(1, userId)
                        .setParameter(2, today).executeUpdate();
                ReminderSettings s = ReminderSettings.findById(userId);
                AppUser user = AppUser.findById(userId);
                DigestContent.Digest digest = content.of(user.username, today);
                if (digest.isEmpty()) {
                    return false;
                }
                NoticeTexts.Text text = texts.digest(digest, today, s.language, s.unsubscribeToken());
                MailMessage m = outbox.notice(userId, s.email, text.subject(), text.body());
                em.createNativeQuery("UPDATE mail_digest_day SET mail_id = ?1 WHERE user_id = ?2 AND digest_day = ?3")
                        .setParameter(1, m.id).setParameter(2, userId).setParameter(3, today).executeUpdate();
                return true;
            });
        } catch (PersistenceException e) {
            LOG.debugf("digest of user %d for %s claimed by another instance", userId, today);
            return null;
        }
    }

    private static List<Long> dueReminders(LocalDate today, int hour) {
        return QuarkusTransaction.requiringNew().call(() -> MailMessage.getEntityManager().createQuery(
                "select r.id from RequestReminder r, ReminderSettings s, AppUser u where s.userId = r.userId and u.id = r.userId "
                + "and u.enabled = true and r.queuedAt is null and (r.remindOn < :today or (r.remindOn = :today and s.digestHour <= :hour)) "
                + "order by r.id", Long.class).setParameter("today", today).setParameter("hour", hour).getResultList());
    }

    private boolean claimReminder(long id, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (RequestReminder.update("queuedAt = ?1 where id = ?2 and queuedAt is null", now, id) == 0) {
                return false; // queued by another instance meanwhile
            }
            RequestReminder r = RequestReminder.findById(id);
            ReminderSettings s = ReminderSettings.findById(r.userId);
            AccessRequest request = AccessRequest.findById(r.requestId);
            NoticeTexts.Text text = texts.reminder(request, r.note, s.language, s.unsubscribeToken());
            r.mailId = outbox.notice(r.userId, s.email, text.subject(), text.body()).id;
            return true;
        });
    }
}
