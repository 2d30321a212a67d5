package fr.vigie.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import fr.vigie.publicbody.PublicBody;
import fr.vigie.request.procedure.Avis;
import fr.vigie.request.procedure.EventField;
import fr.vigie.request.procedure.Fact;
import fr.vigie.request.procedure.Outcome;
import fr.vigie.request.procedure.RequestEventType;
import fr.vigie.request.procedure.SendingChannel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One dated fact of a request's history. The timeline is append-only: a correction rewrites the row
 * but keeps its former state in {@link EventAudit}; a deletion only marks it deleted.
 */
@Entity
@Table(name = "request_event")
public class RequestEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    public AccessRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public RequestEventType type;

    @Column(name = "event_date", nullable = false)
    public LocalDate date;

    @Column(length = 5000)
    public String note;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public SendingChannel channel;

    /** On RECEIVED: whether a compliant accusé de réception was received (L112-3, R112-5 CRPA). */
    public Boolean acknowledged;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_body_id")
    public PublicBody toBody;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    public Avis avis;

    @Column(name = "case_number", length = 100)
    public String caseNumber;

    /** On a decision: whether it stated the remedies and their time limits; null when not said (taken as stated). */
    @Column(name = "remedies_stated")
    public Boolean remediesStated;

    @Column(nullable = false)
    public boolean deleted;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by")
    public AppUser recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** What the procedure sees of this event. */
    public Fact toFact() {
        return new Fact(type, date, outcome, acknowledged, channel, avis, remediesStated);
    }

    /** Takes the form's values; the fields that are not of the event's type stay empty. */
    void apply(EventForm form, PublicBody transferredTo) {
        type = form.eventType();
        date = form.eventDate();
        note = form.note();
        channel = type.has(EventField.CHANNEL) ? form.sendingChannel() : null;
        acknowledged = type.has(EventField.ACKNOWLEDGED) ? form.isAcknowledged() : null;
        toBody = type.has(EventField.TO_BODY) ? transferredTo : null;
        outcome = type.has(EventField.OUTCOME) ? form.answerOutcome() : null;
        avis = type.has(EventField.AVIS) ? form.avisGiven() : null;
        caseNumber = type.has(EventField.CASE_NUMBER) ? form.caseNumber() : null;
        remediesStated = type.has(EventField.REMEDIES_STATED) ? form.remediesWereStated() : null;
    }

    /** The request's live timeline, oldest first (same-day events in the order they were recorded). */
    public static List<RequestEvent> timelineOf(AccessRequest request) {
        return list("request = ?1 and deleted = false order by date, id", request);
    }
}
