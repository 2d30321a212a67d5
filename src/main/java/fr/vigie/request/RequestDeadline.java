package fr.vigie.request;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Party;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A deadline the engine computed for a request's current timeline, stored for queries across requests
 * (each key once per request). Deadlines follow from events alone, never from the day: only a change of
 * the timeline rewrites them.
 */
@Entity
@Table(name = "request_deadline")
@IdClass(RequestDeadline.Key.class)
public class RequestDeadline extends PanacheEntityBase {

    /** The basis column holds 200 characters; longer article lists are cut there. */
    static final int BASIS_LENGTH = 200;

    /** The primary key: one row per request and deadline. */
    public record Key(Long requestId, DeadlineKey key) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "request_id", nullable = false)
    public Long requestId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_key", nullable = false, length = 40)
    public DeadlineKey key;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Party party;

    @Column(nullable = false, length = BASIS_LENGTH)
    public String basis;

    static RequestDeadline of(long requestId, Deadline d) {
        RequestDeadline row = new RequestDeadline();
        row.requestId = requestId;
        row.key = d.key();
        row.dueDate = d.date();
        row.party = d.party();
        row.basis = d.basis().length() > BASIS_LENGTH ? d.basis().substring(0, BASIS_LENGTH) : d.basis();
        return row;
    }

    /** Whether this row says what {@code other} says. */
    boolean sameAs(RequestDeadline other) {
        return key == other.key && dueDate.equals(other.dueDate) && party == other.party && basis.equals(other.basis);
    }
}
