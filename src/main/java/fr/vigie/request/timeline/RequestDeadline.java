package fr.vigie.request.timeline;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.vigie.deadline.Party;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A deadline the engine computed for a request's current timeline, stored for dashboard queries. */
@Entity
@Table(name = "request_deadline")
public class RequestDeadline extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public Long requestId;

    @Column(name = "deadline_key", nullable = false, length = 40)
    public String key;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Party party;

    @Column(nullable = false, length = 200)
    public String basis;
}
