package fr.vigie.mail;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** "Remind me on...": one e-mail to a user about a request, on the day chosen. */
@Entity
@Table(name = "mail_request_reminder")
public class RequestReminder extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public Long requestId;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(name = "remind_on", nullable = false)
    public LocalDate remindOn;

    @Column(length = 500)
    public String note;

    /** Set once, by the claim that queues it. */
    @Column(name = "queued_at")
    public Instant queuedAt;

    @Column(name = "mail_id")
    public Long mailId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
