package fr.vigie.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The exact bytes of a message, apart so that lists never read them. */
@Entity
@Table(name = "mail_raw")
public class MailRaw extends PanacheEntityBase {

    @Id
    @Column(name = "mail_id")
    public Long mailId;

    @Column(nullable = false)
    public byte[] content;

    static MailRaw of(long mailId, byte[] content) {
        MailRaw raw = new MailRaw();
        raw.mailId = mailId;
        raw.content = content;
        return raw;
    }
}
