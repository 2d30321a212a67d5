package fr.vigie.letter;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.vigie.account.AppUser;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** When a kept letter was marked sent, and the timeline event recorded with it (none for a reminder). */
@Entity
@Table(name = "letter_sending")
public class LetterSending extends PanacheEntityBase {

    @Id
    @Column(name = "letter_id")
    public Long letterId;

    @Column(name = "sent_on", nullable = false)
    public LocalDate sentOn;

    @Column(name = "event_id")
    public Long eventId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by")
    public AppUser recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
