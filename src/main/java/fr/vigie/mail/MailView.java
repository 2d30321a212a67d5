package fr.vigie.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** A message as pages show it: dates in Paris time, text kept as text (Qute escapes it; never rendered as HTML). */
public record MailView(long id, boolean outgoing, String status, Long requestId, String from, String to, String subject,
        String date, String text, List<String> attachments, int attempts, String nextAttempt, String lastError,
        String suggestedType, String matchReason, Long hintRequestId, Long eventId) {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static MailView of(MailMessage m, Locale locale) {
        return new MailView(m.id, m.outgoing(), m.status.name(), m.requestId, m.from, m.to, m.subject,
                time(m.date != null ? m.date : m.createdAt, locale), m.text, m.attachments(), m.attempts,
                m.status == MailStatus.PENDING ? time(m.nextAttemptAt, locale) : null, m.lastError, m.suggestedType,
                m.matchReason, m.hintRequestId, m.eventId);
    }

    static String time(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(PARIS));
    }

    public boolean waitsForConfirmation() {
        return !outgoing && "MATCHED".equals(status);
    }

    public boolean retryable() {
        return outgoing && ("FAILED".equals(status) || "UNCERTAIN".equals(status) || "PENDING".equals(status));
    }
}
