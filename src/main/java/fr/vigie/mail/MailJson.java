package fr.vigie.mail;

import java.time.Instant;
import java.util.List;

/** The API's view of mail (records, never entities). */
public final class MailJson {

    private MailJson() {
    }

    /** A message in or out. */
    public record Message(long id, String direction, String status, Long requestId, String from, String to, String subject,
            Instant date, String messageId, String suggestedType, String matchReason, Long hintRequestId,
            List<String> attachments, int attempts, Instant nextAttemptAt, String lastError, Long eventId, String rawSha256,
            String text) {

        static Message of(MailMessage m, boolean withText) {
            return new Message(m.id, m.direction, m.status.name(), m.requestId, m.from, m.to, m.subject,
                    m.date != null ? m.date : m.createdAt, m.messageId, m.suggestedType, m.matchReason, m.hintRequestId,
                    m.attachments(), m.attempts, m.status == MailStatus.PENDING ? m.nextAttemptAt : null, m.lastError,
                    m.eventId, m.rawSha256, withText ? m.text : null);
        }
    }

    /** 202: queued. */
    public record Queued(long id, String status, String messageId) {
    }

    /** A page of a list. */
    public record Page(List<Message> items, int page, int size, long total) {
    }

    /** What a poll did. */
    public record Polled(int kept, int processed) {
    }

    /** What an import did. */
    public record Imported(List<Long> ids, int matched, int inbox) {
    }
}
