package fr.vigie.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.app.AppClock;
import fr.vigie.app.FormCode;
import fr.vigie.app.Refusal;
import fr.vigie.app.Violation;
import fr.vigie.request.RequestReader;

/**
 * A user's reminder e-mails: the settings (address, daily digest and its hour, language), the "remind me on..."
 * dates per request, and the unsubscribe link, which works without login: its selector finds the settings, its
 * verifier is compared in constant time, and it answers the same for every wrong token.
 */
@ApplicationScoped
public class Reminders {

    public static final int MAX_NOTE = 500;
    /** Reminders waiting, per user, at most. */
    public static final int MAX_PENDING = 500;
    public static final int DEFAULT_HOUR = 8;

    /** The settings as typed; null fields keep their default (digest off, 8 o'clock, French). */
    public record SettingsForm(String email, Boolean digest, Integer hour, String language) {
    }

    /** A date to be reminded on (ISO), with an optional note. */
    public record ReminderForm(String date, String note) {
    }

    private final RequestReader requests;
    private final AppClock clock;

    Reminders(RequestReader requests, AppClock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** The user's settings, or null when none were saved. */
    @Transactional
    public ReminderSettings settings(long userId) {
        return ReminderSettings.findById(userId);
    }

    @Transactional
    public ReminderSettings save(long userId, SettingsForm form) {
        List<Violation> violations = new ArrayList<>();
        if (form.email() == null || form.email().isBlank()) {
            violations.add(Violation.of("email", FormCode.REQUIRED));
        } else if (MailSettings.address(form.email()) == null) {
            violations.add(Violation.of("email", MailCode.BAD_ADDRESS));
        }
        int hour = form.hour() == null ? DEFAULT_HOUR : form.hour();
        if (hour < 0 || hour > 23) {
            violations.add(Violation.of("hour", FormCode.NOT_ONE_OF, "0-23"));
        }
        String language = form.language() == null || form.language().isBlank() ? "fr" : form.language().strip();
        if (!language.equals("fr") && !language.equals("en")) {
            violations.add(Violation.of("language", FormCode.NOT_ONE_OF, "fr, en"));
        }
        Refusal.throwIfAny(violations);
        ReminderSettings s = ReminderSettings.findById(userId);
        boolean created = s == null;
        if (created) {
            s = new ReminderSettings();
            s.userId = userId;
            s.unsubscribeSelector = MailKeys.random(16);
            s.unsubscribeVerifier = MailKeys.random(40);
        }
        s.email = MailSettings.address(form.email()).getAddress();
        s.digest = Boolean.TRUE.equals(form.digest());
        s.digestHour = hour;
        s.language = language;
        s.updatedAt = clock.now();
        if (created) {
            s.persist(); // once complete: the row is inserted as it is now
        }
        return s;
    }

    /**
     * Adds a reminder on a request the user can read, for today or a later day. It goes to the address of the user's
     * settings: while there is none it waits (and goes, late, once one is saved).
     */
    @Transactional
    public RequestReminder add(long requestId, long userId, ReminderForm form) {
        try {
            requests.get(requestId);
        } catch (Refusal notFound) {
            throw Refusal.invalid("requestId", FormCode.NOT_AN_ID);
        }
        List<Violation> violations = new ArrayList<>();
        LocalDate day = null;
        if (form.date() == null || form.date().isBlank()) {
            violations.add(Violation.of("date", FormCode.REQUIRED));
        } else {
            try {
                day = LocalDate.parse(form.date().strip());
                if (day.isBefore(clock.today())) {
                    violations.add(Violation.of("date", MailCode.DATE_PAST));
                }
            } catch (DateTimeParseException e) {
                violations.add(Violation.of("date", FormCode.NOT_A_DATE));
            }
        }
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            violations.add(Violation.of("note", FormCode.TOO_LONG, MAX_NOTE));
        } else if (note != null && note.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029)) {
            violations.add(Violation.of("note", FormCode.FORBIDDEN_CHARACTERS));
        }
        Refusal.throwIfAny(violations);
        if (RequestReminder.count("userId = ?1 and queuedAt is null", userId) >= MAX_PENDING) {
            throw Refusal.invalid("date", MailCode.TOO_MANY_REMINDERS, MAX_PENDING);
        }
        RequestReminder r = new RequestReminder();
        r.requestId = requestId;
        r.userId = userId;
        r.remindOn = day;
        r.note = note;
        r.createdAt = clock.now();
        r.persist();
        return r;
    }

    /** The user's reminders not yet sent, the soonest first. */
    @Transactional
    public List<RequestReminder> pending(long userId) {
        return RequestReminder.list("userId = ?1 and queuedAt is null order by remindOn, id", userId);
    }

    /** A reminder to come, with the title of its request: what the user recognises in a list. */
    public record Pending(long id, long requestId, String title, java.time.LocalDate remindOn, String note) {
    }

    /** The user's reminders to come, with their requests' titles, in one read. */
    public List<Pending> pendingWithTitles(long userId) {
        return RequestReminder.getEntityManager().createQuery("select new fr.vigie.mail.Reminders$Pending(r.id, r.requestId,"
                + " a.title, r.remindOn, r.note) from RequestReminder r, AccessRequest a where a.id = r.requestId"
                + " and r.userId = ?1 and r.queuedAt is null order by r.remindOn, r.id", Pending.class)
                .setParameter(1, userId).getResultList();
    }

    /** Removes one of the user's reminders not yet sent; 404 for anyone else's, or one already sent. */
    @Transactional
    public void delete(long userId, long reminderId) {
        if (RequestReminder.delete("id = ?1 and userId = ?2 and queuedAt is null", reminderId, userId) == 0) {
            throw Refusal.notFound("reminderId");
        }
    }

    /** Whether a token is a valid unsubscribe link (the page asks for a click before acting). */
    @Transactional
    public boolean knows(String token) {
        return byToken(token) != null;
    }

    /** Stops the digest and cancels the reminders not yet sent; false for a wrong token. */
    @Transactional
    public boolean unsubscribe(String token) {
        ReminderSettings s = byToken(token);
        if (s == null) {
            return false;
        }
        s.digest = false;
        s.updatedAt = clock.now();
        RequestReminder.delete("userId = ?1 and queuedAt is null", s.userId);
        return true;
    }

    private static ReminderSettings byToken(String token) {
        if (token == null || token.length() != 57 || token.charAt(16) != '.') {
            return null;
        }
        ReminderSettings s = ReminderSettings.find("unsubscribeSelector", token.substring(0, 16)).firstResult();
        byte[] given = token.substring(17).getBytes(StandardCharsets.UTF_8);
        byte[] expected = (s == null ? "-".repeat(40) : s.unsubscribeVerifier).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected) && s != null ? s : null;
    }
}
