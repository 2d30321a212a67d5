package fr.vigie.mail;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A message sent from Vigie (the outbox) or read from the mailbox; its raw bytes are in {@link MailRaw}. */
@Entity
@Table(name = "mail_message")
public class MailMessage extends PanacheEntityBase {

    public static final String OUT = "OUT";
    public static final String IN = "IN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 3)
    public String direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public MailStatus status;

    @Column(name = "request_id")
    public Long requestId;

    @Column(name = "letter_id")
    public Long letterId;

    /** The Message-ID header, without its angle brackets. */
    @Column(name = "message_id", length = 300)
    public String messageId;

    @Column(name = "mail_from", length = 400)
    public String from;

    @Column(name = "mail_to", length = 1000)
    public String to;

    @Column(length = 500)
    public String subject;

    @Column(name = "body_text", length = 200000)
    public String text;

    @Column(name = "message_date")
    public Instant date;

    /** In-Reply-To and References of an incoming message, space separated. */
    @Column(name = "reply_refs", length = 2000)
    public String replyRefs;

    /** The attachments' names, one a line. */
    @Column(name = "attachment_names", length = 2000)
    public String attachmentNames;

    @Column(name = "suggested_type", length = 40)
    public String suggestedType;

    /** How the request was found: ADDRESS, REPLY, SUBJECT, MANUAL. */
    @Column(name = "match_reason", length = 16)
    public String matchReason;

    /** A weaker guess for an unmatched message (the sender's domain is a body's). */
    @Column(name = "hint_request_id")
    public Long hintRequestId;

    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "document_id")
    public Long documentId;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 64)
    public String claimedBy;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "last_error", length = 500)
    public String lastError;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(length = 200)
    public String mailbox;

    @Column(name = "uid_validity")
    public Long uidValidity;

    public Long uid;

    @Column(name = "raw_size")
    public Long rawSize;

    @Column(name = "raw_sha256", length = 64)
    public String rawSha256;

    @Column(name = "created_by")
    public Long createdBy;

    /** The user a notice (digest, reminder) goes to; null for correspondence with a body. */
    @Column(name = "notice_user_id")
    public Long noticeUserId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean outgoing() {
        return OUT.equals(direction);
    }

    /** A digest or reminder to a user, not a letter to a body. */
    public boolean notice() {
        return noticeUserId != null;
    }

    public List<String> attachments() {
        return attachmentNames == null || attachmentNames.isEmpty() ? List.of() : List.of(attachmentNames.split("\n"));
    }

    public static List<MailMessage> ofRequest(long requestId) {
        return list("requestId = ?1 and status <> ?2 order by coalesce(date, createdAt), id", requestId, MailStatus.DISCARDED);
    }
}
