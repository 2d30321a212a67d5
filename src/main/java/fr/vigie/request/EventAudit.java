package fr.vigie.request;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.vigie.account.AppUser;

/** The trace of a corrected or deleted event: who, when, and the event before and after (as JSON). */
@Entity
@Table(name = "request_event_audit")
public class EventAudit extends io.quarkus.hibernate.orm.panache.PanacheEntityBase {

    public enum Action {
        CORRECTED,
        DELETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    @Column(name = "request_id", nullable = false)
    public Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Action action;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    public AppUser actor;

    @Column(name = "acted_at", nullable = false)
    public Instant actedAt;

    @Column(name = "before_state", nullable = false, length = 12000)
    public String before;

    @Column(name = "after_state", length = 12000)
    public String after;
}
