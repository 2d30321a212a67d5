package fr.vigie.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How far a mailbox was read: UIDs up to {@link #lastUid} are kept, while the server's UIDVALIDITY stays. */
@Entity
@Table(name = "mail_mailbox")
public class MailMailbox extends PanacheEntityBase {

    @Id
    @Column(length = 200)
    public String name;

    @Column(name = "uid_validity", nullable = false)
    public long uidValidity;

    @Column(name = "last_uid", nullable = false)
    public long lastUid;

    @Column(name = "polled_at")
    public Instant polledAt;
}
