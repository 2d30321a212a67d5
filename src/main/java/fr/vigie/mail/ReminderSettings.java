package fr.vigie.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A user's reminder e-mails: where to, whether a daily digest and at what hour, in which language. */
@Entity
@Table(name = "mail_reminder_settings")
public class ReminderSettings extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public Long userId;

    @Column(nullable = false, length = 254)
    public String email;

    @Column(nullable = false)
    public boolean digest;

    /** The hour of the day (0-23, in the application's zone) the digest goes at. */
    @Column(name = "digest_hour", nullable = false)
    public int digestHour;

    /** fr or en: the language of the e-mails. */
    @Column(nullable = false, length = 2)
    public String language;

    /** Finds the settings of an unsubscribe link (not secret by itself). */
    @Column(name = "unsubscribe_selector", nullable = false, length = 16)
    public String unsubscribeSelector;

    /** The secret half of the unsubscribe link, compared in constant time. */
    @Column(name = "unsubscribe_verifier", nullable = false, length = 40)
    public String unsubscribeVerifier;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The token of this user's unsubscribe link. */
    public String unsubscribeToken() {
        return unsubscribeSelector + "." + unsubscribeVerifier;
    }
}
